package org.haicap.core.procedures;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.money.Vnd;
import org.haicap.core.internal.RecordSerialForm;

/**
 * One fee line of a procedure (phí, lệ phí), as listed on the national portal: its kind, the
 * amount in whole đồng, a description (what it is for, exemptions, "50.000 đồng/bản"), and
 * optionally the one channel it applies to (online filing is often cheaper).
 *
 * <p>An amount of zero means "no fee" (không thu phí): see {@link #noFee}. A procedure with no fee
 * lines at all lists no fee. Negative amounts are refused.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param kind charge (phí) or fee (lệ phí)
 * @param amount the amount, zero or more
 * @param description the text of the fee line in NFC, may be empty
 * @param channel the only channel the line applies to, or empty for every channel
 */
public record Fee(FeeKind kind, Vnd amount, String description, Optional<Channel> channel) implements Serializable {

    /**
     * Checks the values and normalises the description to NFC.
     *
     * @throws InvalidProcedureDataException if the amount is negative
     */
    public Fee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(channel, "channel");
        if (amount.amount() < 0) {
            throw Checks.invalid("amount", amount, "số tiền phí, lệ phí không được âm: " + amount.amount(),
                    "a fee amount must not be negative: " + amount.amount());
        }
        description = org.haicap.core.text.VietnameseText.nfc(description).strip();
    }

    /** A fee line of {@code amount} for every channel. */
    public static Fee of(FeeKind kind, Vnd amount, String description) {
        return new Fee(kind, amount, description, Optional.empty());
    }

    /** A "no fee" line (không thu phí): amount zero, for every channel. */
    public static Fee noFee(FeeKind kind, String description) {
        return new Fee(kind, Vnd.ZERO, description, Optional.empty());
    }

    /** This line restricted to one channel. */
    public Fee onlyFor(Channel only) {
        return new Fee(kind, amount, description, Optional.of(only));
    }

    /** Whether nothing is charged (amount zero). */
    public boolean isFree() {
        return amount.amount() == 0;
    }

    /** Whether this line applies to a dossier filed through {@code c}. */
    public boolean appliesTo(Channel c) {
        Objects.requireNonNull(c, "channel");
        return channel.map(c::equals).orElse(true);
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
