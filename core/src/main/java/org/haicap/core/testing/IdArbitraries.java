package org.haicap.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.ids.MobileNumber;
import org.haicap.core.ids.TaxCode;

/**
 * jqwik generators of valid Vietnamese identifiers for property-based tests: personal
 * identification numbers, tax codes (with a fitting check digit), mobile numbers and document
 * numbers in each of their forms.
 *
 * <p>Use them in your own tests, for example
 * {@code @Provide Arbitrary<CitizenId> ids() { return IdArbitraries.citizenIds(); }}. jqwik must
 * be on your test class path (haicap declares it optional). Every generator is immutable and
 * thread-safe, and shrinks towards small digits.
 */
@SuppressWarnings("exports") // jqwik is an optional dependency: users of this class add it themselves
public final class IdArbitraries {
    private IdArbitraries() {
    }

    /** Known birth-registration province codes (TT 07/2016/TT-BCA Annex 1), a sample of them. */
    private static final String[] PROVINCES = {
        "001", "002", "004", "008", "022", "031", "036", "038", "040", "046", "048", "052",
        "056", "066", "068", "074", "075", "079", "089", "092", "096"};

    /** A string of exactly {@code n} ASCII digits. */
    public static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    /**
     * Personal identification numbers whose structure is plausible: a known province code, a
     * century digit 0–3 (births 1900–2099) and any year digits.
     */
    public static Arbitrary<CitizenId> citizenIds() {
        return Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.integers().between(0, 3),
                digits(2), digits(6)).as((p, g, yy, r) -> new CitizenId(p + g + yy + r));
    }

    /** Any 12 ASCII digits as a personal identification number, plausible or not. */
    public static Arbitrary<CitizenId> anyCitizenIds() {
        return digits(12).map(CitizenId::new);
    }

    /**
     * 10-digit tax codes whose check digit fits under both readings of remainder 0 (prefixes
     * with remainder 0 are not generated).
     */
    public static Arbitrary<TaxCode> organisationTaxCodes() {
        return digits(9)
                .filter(nine -> TaxCode.checkDigit(nine, TaxCode.RemainderZero.INVALID).isPresent())
                .map(nine -> new TaxCode(nine + TaxCode.checkDigit(nine, TaxCode.RemainderZero.INVALID).get()));
    }

    /** 13-digit tax codes of dependent units: a valid parent and a branch number 001–999. */
    public static Arbitrary<TaxCode> branchTaxCodes() {
        return Combinators.combine(organisationTaxCodes(), Arbitraries.integers().between(1, 999))
                .as((parent, b) -> new TaxCode(parent.value() + "-" + String.format("%03d", b)));
    }

    /** 12-digit tax codes: personal identification numbers (TT 86/2024/TT-BTC). */
    public static Arbitrary<TaxCode> personalTaxCodes() {
        return citizenIds().map(id -> new TaxCode(id.value()));
    }

    /** Tax codes of all three forms, each with a fitting check digit where it has one. */
    public static Arbitrary<TaxCode> taxCodes() {
        return Arbitraries.oneOf(organisationTaxCodes(), branchTaxCodes(), personalTaxCodes());
    }

    /** Mobile numbers in national form with the prefixes 03, 05, 07, 08, 09. */
    public static Arbitrary<MobileNumber> mobileNumbers() {
        return Combinators.combine(Arbitraries.of('3', '5', '7', '8', '9'), digits(8))
                .as((p, rest) -> new MobileNumber("0" + p + rest));
    }

    /** Issuers and types for document symbols, with Vietnamese letters. */
    private static final String[] TYPES = {"NQ", "QĐ", "CT", "HD", "BC", "KL", "TB", "CV", "NĐ", "TT"};
    private static final String[] ISSUERS = {"TW", "TU", "ĐU", "CB", "UBND", "CP", "TTg", "BTC",
        "VPTW", "UBTVQH15", "BTCTW", "HĐND"};

    /** Document numbers of the state normative form: {@code 150/2025/NĐ-CP}. */
    public static Arbitrary<DocumentNumber> normativeDocumentNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(1945, 2100), Arbitraries.of(TYPES), Arbitraries.of(ISSUERS))
                .as((n, y, t, i) -> DocumentNumber.parse(n + "/" + y + "/" + t + "-" + i));
    }

    /** Document numbers of the state administrative form: {@code 1656/NQ-UBTVQH15}. */
    public static Arbitrary<DocumentNumber> administrativeDocumentNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 99999), Arbitraries.of(TYPES),
                Arbitraries.of(ISSUERS)).as((n, t, i) -> DocumentNumber.parse(n + "/" + t + "-" + i));
    }

    /** Party document numbers: {@code 11-HD/TU}, sometimes with a suffix like {@code /nb}. */
    public static Arbitrary<DocumentNumber> partyDocumentNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 9999), Arbitraries.of(TYPES),
                Arbitraries.of(ISSUERS), Arbitraries.of("", "/nb", "/BTC"))
                .as((n, t, i, s) -> DocumentNumber.parse(n + "-" + t + "/" + i + s));
    }

    /** Document numbers of all three forms. */
    public static Arbitrary<DocumentNumber> documentNumbers() {
        return Arbitraries.oneOf(normativeDocumentNumbers(), administrativeDocumentNumbers(),
                partyDocumentNumbers());
    }
}
