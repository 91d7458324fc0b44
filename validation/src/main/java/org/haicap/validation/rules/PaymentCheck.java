package org.haicap.validation.rules;

import java.util.Objects;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeDue;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.people.PersonId;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;

/**
 * Checks a stream of payments (khoản thanh toán): positive amounts; the party fee paid equals the
 * fee due for the member and month ({@link RuleParameters#feeBasis()} supplies each member's fee
 * basis); no two payments share a transaction reference; the member and organisation a party fee
 * names exist in the {@link Dataset}. Use it as the {@link RowHandler} of a reader, then ask
 * {@link #result()}.
 *
 * <p><b>Party fee equality</b> is checked for succeeded party-fee payments. Without a fee-basis
 * lookup the rule reports no finding and no measure, only how many payments it could not check
 * ({@link ValidationResult#notChecked(String)}, a count that adds up when the results of pieces of
 * a stream are merged, however the stream was split); a payment whose
 * member has no basis for the month, or whose fee cannot be computed (for example a QĐ 342 month
 * without the chi bộ's fixed amount), is an INFO finding and is left out of the measure.
 * References of dossier fees are not resolved (dossiers are streamed separately).
 *
 * <p>Refused rows become findings as in {@link DossierCheck} ({@code $.amount} counts for
 * {@code vn.payment.amount}). Memory and merging of the reference set: as {@link DossierCheck}.
 * Not thread-safe: one instance per thread.
 */
public final class PaymentCheck extends StreamCheck implements RowHandler<Payment> {

    private final Dataset dataset;
    private long amountOk;
    private long feeOk;
    private long feeChecked;
    private long feeNotCheckable;
    private long refsOk;
    private long refsTotal;
    private long withReference;
    /** The unpaid-months rule, when the fee bases are a table whose members are known; else null. */
    private final UnpaidFeeMonths unpaid;

    private PaymentCheck(Dataset dataset, RuleParameters params, int sampleSize) {
        super(params, sampleSize);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.unpaid = params.feeBasis().filter(FeeBasesLookup.class::isInstance)
                .map(l -> new UnpaidFeeMonths(((FeeBasesLookup) l).bases(), dataset.info().asOf())).orElse(null);
    }

    /** A check against {@code dataset} with these parameters. */
    public static PaymentCheck of(Dataset dataset, RuleParameters params) {
        return new PaymentCheck(dataset, params, ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /** A check keeping {@code sampleSize} sample findings per rule. */
    public static PaymentCheck of(Dataset dataset, RuleParameters params, int sampleSize) {
        return new PaymentCheck(dataset, params, sampleSize);
    }

    /** Checks one payment read at {@code at}. */
    @Override
    public void accepted(Payment p, SourceLocation at) {
        accept(p, location(at, p.id()));
        lastSource = at.source();
    }

    /** Checks one payment at a location of the caller's choice. */
    public void accept(Payment p, Location at) {
        Objects.requireNonNull(p, "payment");
        Objects.requireNonNull(at, "at");
        accepted++;
        Emitter e = emitter;
        if (p.amount().isPositive()) {
            amountOk++;
        } else {
            e.emit(Rules.PAYMENT_AMOUNT, e.base(Rules.PAYMENT_AMOUNT), at.appendPath("amount"), "message", p.id(),
                    p.amount().amount());
        }
        if (p.subject() instanceof PaymentSubject.PartyFee fee) {
            refsTotal++;
            boolean member = resolves(() -> dataset.person(PersonId.of(fee.memberId())).isPresent());
            boolean org = resolves(() -> dataset.organisation(PartyOrganisationId.of(fee.organisationId())).isPresent());
            if (member && org) {
                refsOk++;
            } else {
                e.emit(Rules.PAYMENT_REFERENCES, e.base(Rules.PAYMENT_REFERENCES),
                        at.appendPath(member ? "subject.organisationId" : "subject.memberId"), member ? "organisation"
                                : "member", p.id(), member ? fee.organisationId() : fee.memberId());
            }
            if (p.status() == PaymentStatus.SUCCEEDED) {
                fee(p, fee, at);
                if (unpaid != null) {
                    unpaid.paid(fee.memberId(), fee.month());
                }
            }
        }
        if (p.reference().isPresent()) {
            withReference++;
            firstKey(p.channel().name() + "\u0000" + p.reference().get(), Rules.PAYMENT_DUPLICATE_REFERENCE, at,
                    "reference", p.id());
        }
    }

    private static boolean resolves(java.util.function.BooleanSupplier lookup) {
        try {
            return lookup.getAsBoolean();
        } catch (IllegalArgumentException badId) {
            return false;
        }
    }

    /** The party-fee rule; findings are at {@code row} + {@code amount}. */
    private void fee(Payment p, PaymentSubject.PartyFee fee, Location row) {
        Optional<FeeBasisLookup> lookup = params.feeBasis();
        RuleInfo r = Rules.PAYMENT_PARTY_FEE;
        if (lookup.isEmpty()) {
            feeNotCheckable++;
            return;
        }
        Optional<PartyFeeBasis> basis = lookup.get().basis(fee.memberId(), fee.month());
        if (basis.isEmpty()) {
            emitter.emit(r, Severity.INFO, row.appendPath("amount"), "no-basis", p.id(), fee.month());
            return;
        }
        PartyFeeDue due = dueOf(basis.get(), fee.month());
        if (due == null) {
            emitter.emit(r, Severity.INFO, row.appendPath("amount"), "not-computable", p.id(), fee.month());
            return;
        }
        feeChecked++;
        if (due.amount().equals(p.amount())) {
            feeOk++;
        } else {
            emitter.emit(r, emitter.base(r), row.appendPath("amount"), "message", p.id(), p.amount().amount(), due.amount().amount(),
                    fee.month());
        }
    }

    /**
     * The fee due for a basis and month, or null if the rules cannot compute it. Remembered: a
     * stream has few distinct (basis, month) pairs, and computing a fee builds its explanation.
     */
    private PartyFeeDue dueOf(PartyFeeBasis basis, java.time.YearMonth month) {
        FeeKey key = new FeeKey(basis, month);
        Object known = dues.get(key);
        if (known == null) {
            try {
                known = params.feeRules().due(basis, month);
            } catch (IllegalArgumentException notComputable) {
                known = NOT_COMPUTABLE;
            }
            if (dues.size() >= MAX_REMEMBERED_DUES) {
                dues.clear();
            }
            dues.put(key, known);
        }
        return known == NOT_COMPUTABLE ? null : (PartyFeeDue) known;
    }

    private record FeeKey(PartyFeeBasis basis, java.time.YearMonth month) {
    }

    private static final Object NOT_COMPUTABLE = new Object();
    private static final int MAX_REMEMBERED_DUES = 4096;
    private final java.util.Map<FeeKey, Object> dues = new java.util.HashMap<>();

    /** Checks a row as a reader's stream gives it: accepted rows are checked, refused ones become findings. */
    public void accept(RowResult<Payment> row) {
        if (row instanceof RowResult.Accepted<Payment> a) {
            accepted(a.row(), a.location());
        } else if (row instanceof RowResult.Refused<Payment> r) {
            refused(r.problem());
        } else {
            throw new NullPointerException("row");
        }
    }

    /** Records an unreadable row as a finding. */
    @Override
    public void refused(ReadProblem problem) {
        refusedRow(problem);
    }

    @Override
    RuleInfo ruleOf(ReadProblem p) {
        return ruleOfRefused(p);
    }

    /**
     * The rule a refused payment row is a finding of: {@code vn.payment.amount} for an amount
     * that is not a positive whole number of đồng ({@code $.amount}), else {@code vn.read.<reason>}.
     *
     * @param p why the row was refused
     * @return the rule
     */
    public static RuleInfo ruleOfRefused(ReadProblem p) {
        if (p.reason() == ReadProblem.Reason.INVALID_VALUE && hasPath(p, "$.amount")) {
            return Rules.PAYMENT_AMOUNT;
        }
        return Rules.read(p.reason());
    }

    /**
     * Adds a later piece of the same stream; {@code other} must not be used afterwards.
     *
     * @return this
     */
    public PaymentCheck merge(PaymentCheck other) {
        return merge(other, 0);
    }

    /**
     * Adds a later piece of the same file that was read from its own first line: as
     * {@link #merge(PaymentCheck)}, with the line numbers of {@code other}'s findings moved down by
     * the {@code linesBefore} lines of the file before that piece
     * ({@link org.haicap.validation.ValidationResult#withLinesShifted}), so that every finding
     * names its line in the whole file. {@code other} must not be used afterwards.
     *
     * @param other the later piece
     * @param linesBefore the lines of the file before {@code other}'s first line, at least 0
     * @return this
     */
    public PaymentCheck merge(PaymentCheck other, long linesBefore) {
        mergeKeys(other, Rules.PAYMENT_DUPLICATE_REFERENCE, linesBefore);
        amountOk += other.amountOk;
        feeOk += other.feeOk;
        feeChecked += other.feeChecked;
        feeNotCheckable += other.feeNotCheckable;
        refsOk += other.refsOk;
        refsTotal += other.refsTotal;
        withReference += other.withReference;
        if (unpaid != null && other.unpaid != null) {
            unpaid.merge(other.unpaid);
        }
        return this;
    }

    /** Payments accepted so far. */
    public long rowsAccepted() {
        return accepted;
    }

    /** Rows refused so far (each is one finding). */
    public long rowsRefused() {
        return refused;
    }

    /** The findings and measures so far; the check can go on. */
    public ValidationResult result() {
        flushKeys();
        ValidationResult built = findings.build();
        ValidationResult.Builder b = ValidationResult.builder(built.sampleSize()).addAll(built);
        b.measure(Rules.PAYMENT_AMOUNT.id(), amountOk, accepted);
        b.measure(Rules.PAYMENT_REFERENCES.id(), refsOk, refsTotal);
        b.measure(Rules.PAYMENT_DUPLICATE_REFERENCE.id(), withReference - duplicates, withReference);
        if (params.feeBasis().isPresent()) {
            b.measure(Rules.PAYMENT_PARTY_FEE.id(), feeOk, feeChecked);
        } else if (feeNotCheckable > 0) {
            String key = Rules.PAYMENT_PARTY_FEE.id() + ".not-checkable";
            b.notChecked(Rules.PAYMENT_PARTY_FEE.id(), new ValidationResult.NotChecked(feeNotCheckable,
                    RuleMessages.vi(key), RuleMessages.en(key)));
        }
        if (unpaid != null) {
            unpaid.result(b, params, org.haicap.validation.Location.of(dataset.info().name()), this::dueOf);
        }
        return b.build();
    }
}
