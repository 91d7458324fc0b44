package org.haicap.examples.bench.jmh;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.constraints.AdminUnitCode;
import org.haicap.validation.constraints.CitizenId;
import org.haicap.validation.constraints.VietnameseMobile;
import org.haicap.validation.constraints.VietnameseName;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Constraint validation of one record: haicap's constraints (name, citizen id, mobile, unit code
 * that must exist in the catalogue) against the same record checked with plain regular
 * expressions ({@code @Pattern}), both through Hibernate Validator. Valid and invalid records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConstraintJmh {

    /** A citizen record with haicap's constraints. */
    public record Citizen(@NotNull @VietnameseName String fullName, @NotNull @CitizenId String citizenId,
            @VietnameseMobile String mobile, @NotNull @AdminUnitCode(mustExist = true, asOf = "2026-01-01") String unit) {
    }

    /** The same record with the regular expressions a user would write. */
    public record PlainCitizen(@NotNull @Pattern(regexp = "^[\\p{L} .'-]{1,150}$") String fullName,
            @NotNull @Pattern(regexp = "^\\d{12}$") String citizenId,
            @Pattern(regexp = "^(0|\\+84)\\d{9}$") String mobile, @NotNull @Pattern(regexp = "^\\d{5}$") String unit) {
    }

    private Validator haicap;
    private Validator plain;
    private final Citizen valid = new Citizen("Nguyễn Thị Minh Khai", "001095012345", "0912345678", "00004");
    private final Citizen invalid = new Citizen("Nguyễn 3", "00109501234", "012", "99999");
    private final PlainCitizen plainValid = new PlainCitizen("Nguyễn Thị Minh Khai", "001095012345", "0912345678",
            "00004");

    /** Builds both validators and checks that the records are judged as expected. */
    @Setup(Level.Trial)
    public void setUp() {
        haicap = HaicapValidation.validator(Locale.ENGLISH);
        plain = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        if (!haicap.validate(valid).isEmpty() || haicap.validate(invalid).size() != 4
                || !plain.validate(plainValid).isEmpty()) {
            throw new IllegalStateException("unexpected verdicts: " + haicap.validate(valid) + " / "
                    + haicap.validate(invalid) + " / " + plain.validate(plainValid));
        }
    }

    /** haicap constraints, valid record. */
    @Benchmark
    public Object haicapValid() {
        return haicap.validate(valid);
    }

    /** haicap constraints, record with four violations (messages built). */
    @Benchmark
    public Object haicapInvalid() {
        return haicap.validate(invalid);
    }

    /** {@code @Pattern} constraints, valid record. */
    @Benchmark
    public Object plainValid() {
        return plain.validate(plainValid);
    }
}
