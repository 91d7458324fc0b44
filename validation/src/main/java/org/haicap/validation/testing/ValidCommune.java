package org.haicap.validation.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.PaymentCheck;
import org.haicap.validation.rules.RuleParameters;

/**
 * A generated commune (xã mẫu) that passes every rule: its reference dataset, the date it is
 * judged on, a stream of dossiers and of party-fee payments, and each member's fee basis. Made by
 * {@link ValidCommuneArbitraries}, changed by {@link Mutations}. Immutable.
 *
 * @param dataset the reference data of one commune-level unit
 * @param asOf the date to validate on
 * @param dossiers dossiers of the unit, read from {@link #DOSSIER_SOURCE} line by line
 * @param payments party-fee payments, read from {@link #PAYMENT_SOURCE} line by line
 * @param feeBases the fee basis of each member id, the same for every month
 */
public record ValidCommune(Dataset dataset, LocalDate asOf, List<Dossier> dossiers, List<Payment> payments,
        Map<String, PartyFeeBasis> feeBases) {

    /** The source name of the dossier stream. */
    public static final String DOSSIER_SOURCE = "dossiers.jsonl";
    /** The source name of the payment stream. */
    public static final String PAYMENT_SOURCE = "payments.jsonl";

    /** Copies the lists. */
    public ValidCommune {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        dossiers = List.copyOf(dossiers);
        payments = List.copyOf(payments);
        feeBases = Map.copyOf(feeBases);
    }

    /** The unit. */
    public UnitCode unit() {
        return dataset.units().get(0);
    }

    /**
     * The parameters it is valid under: the defaults, with the HĐND chaired by the Bí thư and
     * the fee bases as lookup.
     */
    public RuleParameters parameters() {
        return RuleParameters.builder()
                .hdndChair(org.haicap.core.people.HdndChairSettings.uniform(
                        org.haicap.core.people.HdndChairArrangement.SECRETARY))
                .feeBasis((String member, YearMonth month) -> Optional.ofNullable(feeBases.get(member)))
                .build();
    }

    /** Validates the dataset, then streams the dossiers and payments through their checks. */
    public ValidationResult validate() {
        RuleParameters p = parameters();
        ValidationResult r = DatasetValidator.of(p).validate(dataset, asOf);
        DossierCheck dc = DossierCheck.of(dataset, p);
        for (int i = 0; i < dossiers.size(); i++) {
            dc.accepted(dossiers.get(i), SourceLocation.of(DOSSIER_SOURCE, i + 1, 1));
        }
        PaymentCheck pc = PaymentCheck.of(dataset, p);
        for (int i = 0; i < payments.size(); i++) {
            pc.accepted(payments.get(i), SourceLocation.of(PAYMENT_SOURCE, i + 1, 1));
        }
        return r.merge(dc.result()).merge(pc.result());
    }
}
