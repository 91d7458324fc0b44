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

    /**
     * The picocli model of this command: its options, {@code --help}/{@code -h} and its
     * positional arguments, with {@code userObject} to find the command again after parsing.
     * The count of positional arguments is checked after parsing ({@link #checkPositionals}), so
     * that {@code --help} wins over a missing argument.
     */
    picocli.CommandLine.Model.CommandSpec toPicocli(Object userObject) {
        picocli.CommandLine.Model.CommandSpec spec = picocli.CommandLine.Model.CommandSpec.wrapWithoutInspection(userObject);
        spec.name(path.get(path.size() - 1));
        spec.usageMessage().description(summary);
        for (Option o : options) {
            spec.addOption(o.toPicocli());
        }
        spec.addOption(helpOption());
        if (maxPositionals > 0) {
            spec.addPositional(picocli.CommandLine.Model.PositionalParamSpec.builder()
                    .index("0..*").arity("0..*")
                    .paramLabel(positionalName).type(List.class).auxiliaryTypes(String.class).build());
        }
        return spec;
    }

    /**
     * Checks the count of positional arguments.
     *
     * @throws CliException (exit 2) for too few or too many
     */
    void checkPositionals(List<String> positionals) {
        if (positionals.size() < minPositionals) {
            throw CliException.usage("thiếu " + positionalName + " cho lệnh '" + name() + "'",
                    "missing " + positionalName + " for '" + name() + "' (haicap " + name() + " --help)");
        }
        if (positionals.size() > maxPositionals) {
            String extra = Values.printable(positionals.get(maxPositionals));
            throw CliException.usage("thừa đối số \"" + extra + "\" cho lệnh '" + name() + "'",
                    "unexpected argument \"" + extra + "\" for '" + name() + "' (haicap " + name() + " --help)");
        }
    }

    /** {@code --help} / {@code -h}. */
    static picocli.CommandLine.Model.OptionSpec helpOption() {
        return picocli.CommandLine.Model.OptionSpec.builder("--help", "-h").usageHelp(true)
                .description("in trợ giúp này / print this help").build();
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
