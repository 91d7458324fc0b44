package org.haicap.examples.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command accepts and how its help reads. Immutable.
 *
 * @param path the command words, e.g. {@code [units, search]}
 * @param summary one line for the list of commands
 * @param usage the usage line after {@code haicap <path>}
 * @param description paragraphs printed after the usage line
 * @param options the options besides {@code --help}
 * @param minPositionals the fewest positional arguments
 * @param maxPositionals the most positional arguments ({@link Integer#MAX_VALUE} for any)
 * @param positionalName how the positional arguments are named in errors
 * @param examples example command lines, without {@code haicap}
 */
record CommandSpec(List<String> path, String summary, String usage, String description, List<Option> options,
        int minPositionals, int maxPositionals, String positionalName, List<String> examples) {

    CommandSpec {
        path = List.copyOf(path);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
        Objects.requireNonNull(positionalName, "positionalName");
        examples = List.copyOf(examples);
        if (minPositionals < 0 || maxPositionals < minPositionals) {
            throw new IllegalArgumentException("positionals " + minPositionals + ".." + maxPositionals);
        }
    }

    String name() {
        return String.join(" ", path);
    }

    Optional<Option> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The help text, ending with a newline. */
    String help() {
        StringBuilder b = new StringBuilder();
        b.append("haicap ").append(name()).append(" — ").append(summary).append("\n\n");
        b.append("Cách dùng / Usage:\n  haicap ").append(name()).append(usage.isEmpty() ? "" : " " + usage)
                .append("\n");
        if (!description.isEmpty()) {
            b.append('\n').append(description.strip()).append('\n');
        }
        b.append("\nTùy chọn / Options:\n");
        int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
        width = Math.max(width, "--help".length());
        for (Option o : options) {
            b.append("  ").append(Text.pad(o.synopsis(), width)).append("  ").append(o.help()).append('\n');
        }
        b.append("  ").append(Text.pad("--help", width)).append("  in trợ giúp này / print this help\n");
        if (!examples.isEmpty()) {
            b.append("\nVí dụ / Examples:\n");
            for (String e : examples) {
                b.append("  haicap ").append(e).append('\n');
            }
        }
        return b.toString();
    }
}
