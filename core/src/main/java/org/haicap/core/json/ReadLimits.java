package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.haicap.core.io.ReadProblem.Reason;

/**
 * Jackson's read limits, where each check that fails says which limit it was by the type of what
 * it throws ({@link Exceeded}), not only in its English message. Jackson 2.21 throws one
 * {@link StreamConstraintsException} for every limit; the limit is known here, at the public
 * {@code validate…} method of {@link StreamReadConstraints} that Jackson calls for it. The limits
 * themselves are Jackson's, unchanged. Immutable and thread-safe.
 */
final class ReadLimits extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    /** The limits of {@code base}, which are kept as they are. */
    ReadLimits(StreamReadConstraints base) {
        super(base.getMaxNestingDepth(), base.getMaxDocumentLength(), base.getMaxNumberLength(),
                base.getMaxStringLength(), base.getMaxNameLength(), base.getMaxTokenCount());
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        try {
            super.validateNestingDepth(depth);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.NESTING_TOO_DEEP, e);
        }
    }

    @Override
    public void validateDocumentLength(long len) throws StreamConstraintsException {
        try {
            super.validateDocumentLength(len);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.DOCUMENT_TOO_LONG, e);
        }
    }

    @Override
    public void validateTokenCount(long count) throws StreamConstraintsException {
        try {
            super.validateTokenCount(count);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.DOCUMENT_TOO_LONG, e);
        }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        try {
            super.validateFPLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.NUMBER_TOO_LONG, e);
        }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        try {
            super.validateIntegerLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.NUMBER_TOO_LONG, e);
        }
    }

    @Override
    public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
        try {
            super.validateBigIntegerScale(scale);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.NUMBER_TOO_LONG, e);
        }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        try {
            super.validateStringLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.STRING_TOO_LONG, e);
        }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        try {
            super.validateNameLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Reason.STRING_TOO_LONG, e);
        }
    }

    /** A read limit that was exceeded, with the reason it gives; Jackson's message is kept as it is. */
    static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;

        /** The reason; an enum constant, so it is serializable. */
        private final Reason reason;

        Exceeded(Reason reason, String message, JsonLocation location) {
            super(message, location);
            this.reason = reason;
        }

        private Exceeded(Reason reason, StreamConstraintsException jackson) {
            this(reason, jackson.getOriginalMessage(), jackson.getLocation());
        }

        /** Which limit this is. */
        Reason reason() {
            return reason;
        }
    }
}
