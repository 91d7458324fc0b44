package org.haicap.core.procedures;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.money.Vnd;
import org.haicap.core.internal.RecordSerialForm;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) as published in the national database
 * and on the national portal: code, name, field (lĩnh vực), the levels that carry it out, its
 * online level, the channels that accept dossiers, the time limit (thời hạn giải quyết, optionally
 * different per channel) and the fee lines.
 *
 * <p>A locality may publish its own version of a national procedure; {@link #version()} (usually
 * the publishing decision) tells the versions apart, and {@link #key()} identifies one version in
 * a catalogue. Procedures that are made up for samples and tests carry
 * {@link #illustrative()} {@code true}.
 *
 * <p>Rules checked on construction:
 * <ul>
 *   <li>name and field are not blank (both are normalised to NFC and stripped);
 *   <li>at least one level and one channel;
 *   <li>{@link Channel#ONLINE} is accepted exactly when the online level is FULL or PARTIAL
 *       (NĐ 42/2022, Điều 11), and {@link Channel#AGENT_POINT} only then too, since an agent
 *       point files online on the applicant's behalf;
 *   <li>per-channel time limits and channel-specific fee lines name accepted channels only;
 *   <li>fee amounts are not negative (checked by {@link Fee}).
 * </ul>
 *
 * <p>This is an immutable, thread-safe value type. Use {@link #builder} to create one.
 *
 * @param code the national procedure code (mã thủ tục)
 * @param version the version key (publishing decision) of a per-locality version, or empty
 * @param name the name in NFC
 * @param field the field (lĩnh vực) in NFC, such as {@code Hộ tịch}
 * @param levels the levels that carry it out (cấp thực hiện), not empty
 * @param onlineLevel the online level
 * @param channels the channels that accept dossiers, not empty
 * @param timeLimit the time limit for every channel without its own
 * @param channelTimeLimits time limits that differ by channel; keys are accepted channels
 * @param fees the fee lines, possibly none
 * @param illustrative whether the procedure is made up (sample data), not a published one
 */
public record Procedure(
        ProcedureCode code,
        Optional<String> version,
        String name,
        String field,
        Set<AdministrativeLevel> levels,
        OnlineLevel onlineLevel,
        Set<Channel> channels,
        TimeLimit timeLimit,
        Map<Channel, TimeLimit> channelTimeLimits,
        List<Fee> fees,
        boolean illustrative) implements Serializable {

    /**
     * Checks the rules listed on the type and normalises text to NFC.
     *
     * @throws InvalidProcedureDataException if a rule is broken; the message says which, in Vietnamese
     *     and English
     */
    public Procedure {
        Objects.requireNonNull(code, "code");
        version = Checks.optionalText(version, "phiên bản thủ tục", "procedure version");
        name = Checks.text(name, "tên thủ tục", "procedure name");
        field = Checks.text(field, "lĩnh vực", "field");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(onlineLevel, "onlineLevel");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(channelTimeLimits, "channelTimeLimits");
        Objects.requireNonNull(fees, "fees");
        if (levels.isEmpty()) {
            throw Checks.invalid("levels", levels, "thủ tục " + code + " phải có ít nhất một cấp thực hiện",
                    "procedure " + code + " needs at least one level");
        }
        if (channels.isEmpty()) {
            throw Checks.invalid("channels", channels, "thủ tục " + code + " phải có ít nhất một hình thức nộp",
                    "procedure " + code + " needs at least one channel");
        }
        levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
        if (channels.contains(Channel.ONLINE) != onlineLevel.allowsOnlineFiling()) {
            throw Checks.invalid("channels", channels, "thủ tục " + code + ": mức độ " + onlineLevel.vietnamese()
                            + (onlineLevel.allowsOnlineFiling() ? " cần" : " không được có") + " hình thức nộp trực tuyến",
                    "procedure " + code + ": online level " + onlineLevel
                            + (onlineLevel.allowsOnlineFiling() ? " needs" : " excludes") + " the ONLINE channel");
        }
        if (channels.contains(Channel.AGENT_POINT) && !onlineLevel.allowsOnlineFiling()) {
            throw Checks.invalid("channels", channels, "thủ tục " + code + " không cung cấp trực tuyến nên không nộp qua điểm đại lý được",
                    "procedure " + code + " is not online, so it cannot accept the AGENT_POINT channel");
        }
        EnumMap<Channel, TimeLimit> limits = new EnumMap<>(Channel.class);
        for (Map.Entry<Channel, TimeLimit> e : channelTimeLimits.entrySet()) {
            Channel c = Objects.requireNonNull(e.getKey(), "channelTimeLimits key");
            checkAccepted(code, channels, c, "thời hạn riêng", "a channel time limit");
            limits.put(c, Objects.requireNonNull(e.getValue(), "channelTimeLimits value"));
        }
        channelTimeLimits = Collections.unmodifiableMap(limits);
        fees = List.copyOf(fees);
        for (Fee f : fees) {
            if (f.channel().isPresent()) {
                checkAccepted(code, channels, f.channel().get(), "phí, lệ phí riêng", "a channel fee line");
            }
        }
    }

    private static void checkAccepted(ProcedureCode code, Set<Channel> channels, Channel c, String vi, String en) {
        if (!channels.contains(c)) {
            throw Checks.invalid("channels", c, "thủ tục " + code + ": " + vi + " cho hình thức " + c.vietnamese()
                            + " mà thủ tục không nhận",
                    "procedure " + code + ": " + en + " for " + c + ", which the procedure does not accept");
        }
    }

    /**
     * Starts a builder with the code, name, field and time limit; the other values default to:
     * no version, level {@link AdministrativeLevel#COMMUNE}, online level {@link OnlineLevel#NONE},
     * channels {@link Channel#IN_PERSON}, no per-channel limits, no fees, not illustrative.
     */
    public static Builder builder(ProcedureCode code, String name, String field, TimeLimit timeLimit) {
        return new Builder(code, name, field, timeLimit);
    }

    /** A builder holding the values of this procedure, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(code, name, field, timeLimit);
        b.version = version;
        b.levels = EnumSet.copyOf(levels);
        b.onlineLevel = onlineLevel;
        b.channels = EnumSet.copyOf(channels);
        b.channelTimeLimits = new EnumMap<>(Channel.class);
        b.channelTimeLimits.putAll(channelTimeLimits);
        b.fees = new ArrayList<>(fees);
        b.illustrative = illustrative;
        return b;
    }

    /** The catalogue key: code and version. */
    public ProcedureKey key() {
        return new ProcedureKey(code, version);
    }

    /** Whether dossiers may be filed through {@code channel}. */
    public boolean accepts(Channel channel) {
        return channels.contains(Objects.requireNonNull(channel, "channel"));
    }

    /** Whether the procedure is carried out at {@code level}. */
    public boolean isCarriedOutAt(AdministrativeLevel level) {
        return levels.contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * The time limit for a dossier filed through {@code channel}: the channel's own limit if it
     * has one, else {@link #timeLimit()}.
     *
     * @throws InvalidProcedureDataException if the procedure does not accept the channel
     */
    public TimeLimit timeLimitFor(Channel channel) {
        requireAccepted(channel);
        return channelTimeLimits.getOrDefault(channel, timeLimit);
    }

    /**
     * The fee lines that apply to a dossier filed through {@code channel}: those for every
     * channel and those for this channel, in listed order.
     *
     * @throws InvalidProcedureDataException if the procedure does not accept the channel
     */
    public List<Fee> feesFor(Channel channel) {
        requireAccepted(channel);
        return fees.stream().filter(f -> f.appliesTo(channel)).toList();
    }

    /**
     * The sum of the fee lines that apply to {@code channel}.
     *
     * @throws InvalidProcedureDataException if the procedure does not accept the channel
     * @throws ArithmeticException on overflow
     */
    public Vnd totalFeeFor(Channel channel) {
        Vnd total = Vnd.ZERO;
        for (Fee f : feesFor(channel)) {
            total = total.plus(f.amount());
        }
        return total;
    }

    private void requireAccepted(Channel channel) {
        if (!accepts(channel)) {
            throw Checks.invalid("channel", channel, "thủ tục " + code + " không nhận hồ sơ qua hình thức " + channel.vietnamese(),
                    "procedure " + code + " does not accept the " + channel + " channel");
        }
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /**
     * A mutable builder of {@link Procedure}; {@link #build()} runs every check. Not thread-safe.
     */
    public static final class Builder {
        private ProcedureCode code;
        private Optional<String> version = Optional.empty();
        private String name;
        private String field;
        private Set<AdministrativeLevel> levels = EnumSet.of(AdministrativeLevel.COMMUNE);
        private OnlineLevel onlineLevel = OnlineLevel.NONE;
        private Set<Channel> channels = EnumSet.of(Channel.IN_PERSON);
        private TimeLimit timeLimit;
        private Map<Channel, TimeLimit> channelTimeLimits = new EnumMap<>(Channel.class);
        private List<Fee> fees = new ArrayList<>();
        private boolean illustrative;

        private Builder(ProcedureCode code, String name, String field, TimeLimit timeLimit) {
            this.code = Objects.requireNonNull(code, "code");
            this.name = Objects.requireNonNull(name, "name");
            this.field = Objects.requireNonNull(field, "field");
            this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        }

        /** Sets the code. */
        public Builder code(ProcedureCode value) {
            this.code = Objects.requireNonNull(value, "code");
            return this;
        }

        /** Sets the version key (publishing decision) of a per-locality version. */
        public Builder version(String value) {
            this.version = Optional.of(Objects.requireNonNull(value, "version"));
            return this;
        }

        /** Sets the name. */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** Sets the field (lĩnh vực). */
        public Builder field(String value) {
            this.field = Objects.requireNonNull(value, "field");
            return this;
        }

        /** Sets the levels that carry the procedure out. */
        public Builder levels(AdministrativeLevel first, AdministrativeLevel... more) {
            this.levels = EnumSet.of(first, more);
            return this;
        }

        /** Sets the online level and the channels together, since they must agree. */
        public Builder online(OnlineLevel level, Channel first, Channel... more) {
            this.onlineLevel = Objects.requireNonNull(level, "onlineLevel");
            this.channels = EnumSet.of(first, more);
            return this;
        }

        /** Sets the time limit for every channel without its own. */
        public Builder timeLimit(TimeLimit value) {
            this.timeLimit = Objects.requireNonNull(value, "timeLimit");
            return this;
        }

        /** Sets a time limit for one channel. */
        public Builder timeLimit(Channel channel, TimeLimit value) {
            channelTimeLimits.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(value, "timeLimit"));
            return this;
        }

        /** Adds a fee line. */
        public Builder fee(Fee value) {
            fees.add(Objects.requireNonNull(value, "fee"));
            return this;
        }

        /** Marks the procedure as made up (sample data) or not. */
        public Builder illustrative(boolean value) {
            this.illustrative = value;
            return this;
        }

        /**
         * Builds the procedure.
         *
         * @throws InvalidProcedureDataException if a rule of {@link Procedure} is broken
         */
        public Procedure build() {
            return new Procedure(code, version, name, field, levels, onlineLevel, channels, timeLimit,
                    channelTimeLimits, fees, illustrative);
        }
    }
}
