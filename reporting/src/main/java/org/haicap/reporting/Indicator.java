package org.haicap.reporting;

import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * One figure of a report (chỉ tiêu): a {@link Ratio} {@code n/N}, a {@link Count}, a
 * {@link Share}, a {@link Change} from one value to another, a breakdown {@link Table} or a
 * {@link Chart}. The set is closed so that every renderer handles every kind; a host that
 * needs another layout writes its own {@code ReportRenderer}.
 *
 * <p>Every indicator has a bilingual label and may carry a {@link Source} (for reported
 * figures from outside the host's data) and a note. All implementations are immutable records
 * and thread-safe; the {@code with…} methods return copies.
 */
public sealed interface Indicator permits Ratio, Count, Share, Change, Table, Chart {

    /** The label, e.g. {@code Ban Chấp hành} / {@code Executive committees}. */
    LocalizedText label();

    /** Where the figure comes from, when it is a reported figure. */
    Optional<Source> source();

    /** A free note printed after the figure. */
    Optional<LocalizedText> note();

    /**
     * Whether this is a reported figure (số liệu báo cáo): one that comes from outside the
     * host's data model and therefore names its {@link #source()}.
     */
    default boolean isReported() {
        return source().isPresent();
    }

    /** A copy with this source. */
    Indicator withSource(Source source);

    /** A copy with this note. */
    Indicator withNote(LocalizedText note);
}
