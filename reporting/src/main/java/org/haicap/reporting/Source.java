package org.haicap.reporting;

import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * Where a figure comes from (nguồn số liệu) when it is not computed from the host's own data:
 * a reported figure such as page visits counted by the iHanoi portal or calls to the 1022
 * hotline. Renderers print it beside the figure ({@code (nguồn: Tổng đài 1022)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name who reported the figure, e.g. {@code "iHanoi"}, {@code "Tổng đài 1022"}
 * @param reference a document number, link or other pointer, if any
 */
public record Source(LocalizedText name, Optional<String> reference) {

    /** Checks both parts. */
    public Source {
        Checks.present("Source.name", name);
        reference = Checks.optional("Source.reference", reference).map(r -> Checks.text("Source.reference", r));
    }

    /** A source known by one name in both languages. */
    public static Source of(String name) {
        return new Source(LocalizedText.of(name), Optional.empty());
    }

    /** A source with a bilingual name. */
    public static Source of(LocalizedText name) {
        return new Source(name, Optional.empty());
    }

    /** A copy carrying a reference (document number, link). */
    public Source withReference(String reference) {
        return new Source(name, Optional.of(Checks.text("Source.reference", reference)));
    }
}
