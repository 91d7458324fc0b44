package org.haicap.core.people;

import java.io.Serializable;

/**
 * Seats filled against seats planned, such as the "2.552/4.076" executive-committee members of
 * the Hà Nội report: {@link #filled()} people hold {@link #planned()} seats, and
 * {@link #excess()} more appointments are active than a post has seats (allowed after mergers
 * by Kết luận 150-KL/TW until 2030, and reported, not hidden).
 *
 * <p>Counts add up with {@link #plus(SeatCount)}, which with {@link #ZERO} forms a commutative
 * monoid, so counts per post fold into counts per unit, province or country in any order. This
 * is an immutable, thread-safe value type.
 *
 * @param filled occupied seats, at most {@code planned}
 * @param planned planned seats
 * @param excess active appointments beyond the seats of their post
 */
public record SeatCount(int filled, int planned, int excess) implements Serializable {

    /** No seats. */
    public static final SeatCount ZERO = new SeatCount(0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws InvalidPeopleDataException if a count is negative or more seats are filled than planned
     */
    public SeatCount {
        if (filled < 0 || planned < 0 || excess < 0) {
            throw new InvalidPeopleDataException("seatCount", filled + "/" + planned + "+" + excess,
                    "số chỗ không được âm", "seat counts cannot be negative");
        }
        if (filled > planned) {
            throw new InvalidPeopleDataException("filled", filled + "/" + planned,
                    "số chỗ đã có người không được vượt số chỗ", "filled seats cannot exceed planned seats");
        }
    }

    /**
     * The seats of one post with {@code seats} seats and {@code active} active appointments.
     *
     * @throws InvalidPeopleDataException if a number is negative
     */
    public static SeatCount ofPost(int seats, int active) {
        if (active < 0) {
            throw new InvalidPeopleDataException("active", Integer.toString(active),
                    "số người không được âm", "the number of holders cannot be negative");
        }
        return new SeatCount(Math.min(seats, active), seats, Math.max(0, active - seats));
    }

    /** The sum of both counts; throws {@link ArithmeticException} on overflow. */
    public SeatCount plus(SeatCount other) {
        return new SeatCount(Math.addExact(filled, other.filled), Math.addExact(planned, other.planned),
                Math.addExact(excess, other.excess));
    }

    /** Seats planned but not filled. */
    public int vacant() {
        return planned - filled;
    }

    /** All active appointments: {@code filled + excess}. */
    public int appointed() {
        return filled + excess;
    }

    /** Whether every planned seat is filled (also true when nothing is planned). */
    public boolean complete() {
        return filled == planned;
    }

    /** {@code filled/planned} in plain machine form, e.g. {@code 2552/4076}. */
    @Override
    public String toString() {
        return filled + "/" + planned + (excess > 0 ? " (+" + excess + ")" : "");
    }
}
