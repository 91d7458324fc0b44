package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A party congress (đại hội) of an organisation for a term, such as "Đại hội Đảng bộ phường Hoàn
 * Kiếm lần thứ I, nhiệm kỳ 2025–2030", held 22–23/7/2025 as a pilot congress (đại hội điểm).
 * Modelled on the Popolo Event.
 *
 * <p>{@link #registered()} are the dates the organisation registered to hold it;
 * {@link #held()} the dates it was held, once known. {@link #requiredInWindow()} says whether the
 * organisation must hold its congress in the reporting window (the "1.233/1.238 tổ chức cơ sở
 * đảng phải tổ chức đại hội" of the Hà Nội report counts those). {@link #politicalReport()} is the
 * state of the draft political report, which the report tracks for commune congresses.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param organisation the organisation holding the congress
 * @param term the term the congress opens
 * @param ordinal the congress number within the organisation (lần thứ I = 1), 1 to 99
 * @param registered the dates registered, if any
 * @param pilot whether it is a pilot congress (đại hội điểm)
 * @param held the dates held, if it was
 * @param requiredInWindow whether the organisation must hold it in the reporting window
 * @param politicalReport the state of the draft political report, if tracked
 */
public record Congress(CongressId id, PartyOrganisationId organisation, Term term, int ordinal,
        Optional<Dates> registered, boolean pilot, Optional<Dates> held, boolean requiredInWindow,
        Optional<ReportDraftStatus> politicalReport) implements Serializable {

    /**
     * Consecutive days, both ends included (a congress of 21–22/7/2025, or a registration window).
     * This is an immutable, thread-safe value type.
     *
     * @param first the first day
     * @param last the last day, not before {@code first}
     */
    public record Dates(LocalDate first, LocalDate last) implements Serializable {
        /**
         * Checks the order.
         *
         * @throws InvalidPartyDataException if a date is missing or {@code last} is before {@code first}
         */
        public Dates {
            PartyChecks.present("first", first);
            PartyChecks.present("last", last);
            PartyChecks.notBefore("last", first, Optional.of(last));
        }

        /** A single day. */
        public static Dates on(LocalDate day) {
            return new Dates(day, day);
        }

        /** Whether {@code day} is one of these days. */
        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }

        /** Whether these days lie wholly within {@code other}. */
        public boolean within(Dates other) {
            return other.contains(first) && other.contains(last);
        }

        /** The number of days, at least 1. */
        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** The state of the draft political report (dự thảo Báo cáo Chính trị). */
    public enum ReportDraftStatus implements Bilingual {
        /** Đang hoàn thiện dự thảo: the draft is being written or completed. */
        DRAFTING("đang hoàn thiện dự thảo", "drafting"),
        /** Đang xin ý kiến về dự thảo: the draft is out for comments from agencies and units. */
        CONSULTING("đang xin ý kiến về dự thảo", "out for consultation"),
        /** Đã hoàn thành: the report is final and approved for the congress. */
        APPROVED("đã hoàn thành", "approved");

        private final LocalizedText label;

        ReportDraftStatus(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /**
     * Checks the values.
     *
     * @throws InvalidPartyDataException if a value is missing or the ordinal is out of range
     */
    public Congress {
        PartyChecks.present("id", id);
        PartyChecks.present("organisation", organisation);
        PartyChecks.present("term", term);
        PartyChecks.present("registered", registered);
        PartyChecks.present("held", held);
        PartyChecks.present("politicalReport", politicalReport);
        if (ordinal < 1 || ordinal > 99) {
            throw new InvalidPartyDataException("ordinal", Integer.toString(ordinal),
                    "số thứ tự đại hội phải từ 1 đến 99", "the congress number must be 1 to 99");
        }
    }

    /** A congress with nothing registered, held or tracked yet; required in the window. */
    public static Congress planned(CongressId id, PartyOrganisationId organisation, Term term, int ordinal) {
        return new Congress(id, organisation, term, ordinal, Optional.empty(), false, Optional.empty(), true,
                Optional.empty());
    }

    /** This congress registered for {@code dates}. */
    public Congress registeredFor(Dates dates) {
        return new Congress(id, organisation, term, ordinal, Optional.of(dates), pilot, held, requiredInWindow,
                politicalReport);
    }

    /** This congress held on {@code dates}. */
    public Congress heldOn(Dates dates) {
        return new Congress(id, organisation, term, ordinal, registered, pilot, Optional.of(dates), requiredInWindow,
                politicalReport);
    }

    /** This congress marked as a pilot congress (đại hội điểm). */
    public Congress asPilot() {
        return new Congress(id, organisation, term, ordinal, registered, true, held, requiredInWindow,
                politicalReport);
    }

    /** This congress with the draft political report in {@code status}. */
    public Congress withPoliticalReport(ReportDraftStatus status) {
        return new Congress(id, organisation, term, ordinal, registered, pilot, held, requiredInWindow,
                Optional.of(status));
    }

    /** This congress, required or not in the reporting window. */
    public Congress withRequiredInWindow(boolean required) {
        return new Congress(id, organisation, term, ordinal, registered, pilot, held, required, politicalReport);
    }

    /** Whether the congress had ended by {@code asOf} (its last day is on or before it). */
    public boolean heldBy(LocalDate asOf) {
        return held.map(h -> !h.last().isAfter(asOf)).orElse(false);
    }

    /** Whether it was held wholly within {@code window}. */
    public boolean heldWithin(Dates window) {
        return held.map(h -> h.within(window)).orElse(false);
    }

    /** Whether its registered first day falls in {@code window}. */
    public boolean registeredWithin(Dates window) {
        return registered.map(r -> window.contains(r.first())).orElse(false);
    }

    /** The ordinal in Roman numerals: 1 → {@code I}, 14 → {@code XIV}. */
    public String ordinalRoman() {
        return roman(ordinal);
    }

    /** The Vietnamese title: {@code Đại hội lần thứ I, nhiệm kỳ 2025–2030}. */
    public String titleVietnamese() {
        return "Đại hội lần thứ " + ordinalRoman() + ", nhiệm kỳ " + term;
    }

    /** The English title: {@code Congress I, term 2025–2030}. */
    public String titleEnglish() {
        return "Congress " + ordinalRoman() + ", term " + term;
    }

    /**
     * A number from 1 to 3999 in Roman numerals.
     *
     * @throws InvalidPartyDataException if {@code n} is out of that range
     */
    public static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new InvalidPartyDataException("ordinal", Integer.toString(n),
                    "số La Mã chỉ từ 1 đến 3999", "Roman numerals cover 1 to 3999");
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(symbols[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
