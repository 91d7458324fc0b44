package org.haicap.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of haicap (mô-đun Jackson): everything a mapper needs to read and write
 * haicap's types in the interchange format.
 *
 * <ul>
 *   <li>all text read is normalised to NFC (Vietnamese typed on macOS arrives as NFD), map keys
 *       included; a string containing NUL is refused; text written is NFC;</li>
 *   <li>{@code java.time} without the jsr310 module: {@code LocalDate} ({@code "2025-07-14"}),
 *       {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant}, {@code LocalTime},
 *       {@code YearMonth}, {@code Duration}, {@code Period}, all as ISO 8601 strings; numbers
 *       (timestamps, spreadsheet serial dates) are refused;</li>
 *   <li>{@code UnitCode} and {@code ProvinceCode} as strings; a malformed code is an
 *       {@code INVALID_VALUE} problem in both languages;</li>
 *   <li>{@code Optional<T>} without the jdk8 module: absent or {@code null} reads as empty, empty
 *       is not written;</li>
 *   <li>the domain's value types as JSON strings: the ids of people, posts, appointments, party
 *       organisations, committees, congresses and seals, {@code CitizenId} (the full value, never
 *       the masked form), {@code TaxCode}, {@code MobileNumber}, {@code DocumentNumber},
 *       {@code ProcedureCode}, {@code DossierCode}, {@code Term} ({@code "2025-2030"}); money
 *       ({@code Vnd}) as an integer number of đồng;</li>
 *   <li>a payment's subject as an object with a {@code "type"} member ({@code PARTY_FEE},
 *       {@code DOSSIER_FEE}, {@code OTHER}); a committee's seat posts written sorted;</li>
 *   <li>records: every component that is not an {@code Optional} is required, so a missing field
 *       is a {@code MISSING_FIELD} problem; only components are written, never derived
 *       getter-like methods such as {@code isOpen()} (this applies to every record the mapper
 *       writes).</li>
 * </ul>
 *
 * <p>The module does not change limits or features of the mapper it is added to; for those use
 * {@link HaicapJson}, whose mappers have it already. It can be added by hand
 * ({@code builder.addModule(new HaicapModule())}) or found by
 * {@code ObjectMapper.findAndRegisterModules()} through the {@code ServiceLoader}. Adding it
 * changes only the mapper it is added to, never Jackson's global defaults.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class HaicapModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with all of haicap's (de)serializers. */
    public HaicapModule() {
        super("haicap", new Version(0, 1, 0, "SNAPSHOT", "org.haicap", "haicap-core"));
        addDeserializer(String.class, new NfcText.Deserializer());
        addSerializer(String.class, new NfcText.Serializer());
        addKeyDeserializer(String.class, new NfcText.Keys());
        for (StringForm<?> form : ValueTypes.STRING_FORMS) {
            add(form);
        }
        for (LongForm<?> form : ValueTypes.LONG_FORMS) {
            add(form);
        }
        ValueTypes.registerOthers(this);
    }

    private <T> void add(StringForm<T> form) {
        addDeserializer(form.type(), form.deserializer());
        addSerializer(form.type(), form.serializer());
    }

    private <T> void add(LongForm<T> form) {
        addDeserializer(form.type(), form.deserializer());
        addSerializer(form.type(), form.serializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addTypeModifier(new OptionalSupport.TypeUpgrade());
        context.addSerializers(new OptionalSupport.Finders());
        context.addDeserializers(new OptionalSupport.DeserializerFinders());
        context.appendAnnotationIntrospector(new RequiredRecordComponents());
    }
}
