package org.haicap.examples.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The output formats of the commands, as {@code --format} names them. */
enum Format {
    /** Plain text. */
    TEXT("text"),
    /** Markdown. */
    MARKDOWN("markdown"),
    /** A standalone HTML page. */
    HTML("html"),
    /** JSON. */
    JSON("json"),
    /** RFC 4180 CSV. */
    CSV("csv"),
    /** CSV for spreadsheet programs set to Vietnamese: a byte-order mark and {@code ;} between cells. */
    CSV_EXCEL("csv-excel");

    private final String token;

    Format(String token) {
        this.token = token;
    }

    /** The name on the command line, e.g. {@code csv-excel}. */
    String token() {
        return token;
    }

    /** The tokens of {@code formats}, in order. */
    static List<String> tokens(List<Format> formats) {
        return formats.stream().map(Format::token).toList();
    }

    /**
     * A converter accepting one of {@code allowed} (case-insensitive); anything else is a usage
     * error listing them.
     */
    static ITypeConverter<Format> converter(List<Format> allowed) {
        List<String> tokens = tokens(allowed);
        return text -> {
            String v = text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.token.equals(v) && allowed.contains(f)).findFirst()
                    .orElseThrow(() -> CliException.usage("--format \"" + Values.printable(text) + "\": không hỗ trợ, chọn một trong "
                            + String.join(", ", tokens), "not supported; choose one of " + String.join(", ", tokens)));
        };
    }

    /** A {@code --format} option accepting {@code allowed}, default {@code text}. */
    static Option option(List<Format> allowed, String help) {
        return option(allowed, String.join("|", tokens(allowed)), help);
    }

    /** A {@code --format} option accepting {@code allowed}, its value shown as {@code valueName} in help. */
    static Option option(List<Format> allowed, String valueName, String help) {
        return Option.typed("format", valueName, help, Format.class, converter(allowed)).completing(tokens(allowed));
    }
}
