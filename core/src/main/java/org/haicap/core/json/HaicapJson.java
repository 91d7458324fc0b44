package org.haicap.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Objects;

/**
 * haicap's own, hardened Jackson setup (cấu hình JSON của haicap). Everything here is built on a
 * {@link JsonFactory} that belongs to haicap; Jackson's global defaults are never changed, so an
 * application's other mappers are not affected.
 *
 * <p>What a haicap mapper does:
 * <ul>
 *   <li>limits ({@link Limits#DEFAULT}): nesting depth 64, strings 1,000,000 characters, numbers
 *       40 characters, field names 1,000 characters, documents 128 MiB;</li>
 *   <li>duplicate keys in an object are refused (also in trees);</li>
 *   <li>unknown fields are refused by default ({@link UnknownFields});</li>
 *   <li>no coercion: a number is not read from a string, a string not from a number or boolean, an integer
 *       not from a fraction ({@code 1.5} into a {@code long}), {@code null} not into a primitive;
 *       untyped fractions are {@code BigDecimal};</li>
 *   <li>one value per document: trailing tokens are refused;</li>
 *   <li>the {@link HaicapModule}: NFC text, {@code java.time} as ISO strings, codes, Optionals,
 *       required record components;</li>
 *   <li>empty Optionals and nulls are not written;</li>
 *   <li>error messages quote at most 40 characters of a token and no raw source.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe. Mappers it returns are new each time and belong
 * to the caller; readers and writers are immutable and may be shared.
 */
public final class HaicapJson {

    /**
     * The limits on JSON input (giới hạn đầu vào JSON), applied by the parser before any object is
     * built. Immutable and thread-safe.
     *
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @param maxStringLength the longest string value, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxNameLength the longest field name, in characters
     * @param maxDocumentLength the longest document, in bytes or characters
     */
    public record Limits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
            long maxDocumentLength) {

        /** Depth 64, strings 1,000,000, numbers 40, names 1,000, documents 128 MiB. */
        public static final Limits DEFAULT = new Limits(64, 1_000_000, 40, 1_000, 128L << 20);

        /**
         * Checks that every limit is positive.
         *
         * @throws IllegalArgumentException if a limit is below 1
         */
        public Limits {
            if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1
                    || maxDocumentLength < 1) {
                throw new IllegalArgumentException("giới hạn phải dương / limits must be positive");
            }
        }
    }

    private static final JsonMapper SHARED = newMapper();
    private static final ObjectWriter WRITER = SHARED.writer();

    private HaicapJson() {
    }

    /**
     * A new factory with the given limits, strict duplicate detection and short error messages.
     *
     * @param limits the limits
     * @return a factory that belongs to the caller
     */
    public static JsonFactory newFactory(Limits limits) {
        Objects.requireNonNull(limits, "limits");
        return JsonFactory.builder()
                // ReadLimits: the same limits, each failed check typed by the limit it is (JsonProblems).
                .streamReadConstraints(new ReadLimits(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .build()))
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(40)
                        .maxRawContentLength(0)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * A new mapper with the default limits that refuses unknown fields.
     *
     * @return a mapper that belongs to the caller
     */
    public static JsonMapper newMapper() {
        return newMapper(Limits.DEFAULT, UnknownFields.REFUSE);
    }

    /**
     * A new mapper.
     *
     * @param limits the limits
     * @param unknownFields what to do with fields the target type does not have
     * @return a mapper that belongs to the caller
     */
    public static JsonMapper newMapper(Limits limits, UnknownFields unknownFields) {
        Objects.requireNonNull(unknownFields, "unknownFields");
        return JsonMapper.builder(newFactory(limits))
                .addModule(new HaicapModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, unknownFields == UnknownFields.REFUSE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Public records in exported packages are used through their public members, without
                // setAccessible, so they bind on the module path without opening their packages.
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultLeniency(false)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /**
     * A reader for one type from a shared default mapper.
     *
     * @param <T> the type
     * @param type the class to read
     * @return an immutable, shareable reader
     */
    public static <T> ObjectReader readerFor(Class<T> type) {
        return SHARED.readerFor(type);
    }

    /**
     * A writer from a shared default mapper: compact, UTF-8 when writing bytes, NFC text.
     *
     * @return an immutable, shareable writer
     */
    public static ObjectWriter writer() {
        return WRITER;
    }
}
