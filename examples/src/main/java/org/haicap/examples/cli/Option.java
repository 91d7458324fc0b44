package org.haicap.examples.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option of a command: {@code --name VALUE} or a flag {@code --name}, with the type its value
 * is converted to by picocli. Immutable.
 *
 * @param name the long name without dashes, e.g. {@code province}
 * @param valueName the placeholder of its value in help, empty for a flag
 * @param repeatable whether it may be given more than once (values accumulate in a list)
 * @param help one line of help
 * @param type the type of one value ({@code boolean} for a flag)
 * @param converter converts one value; a bad value is a usage error (exit 2) in Vietnamese and
 *     English; empty for a plain string or a flag
 * @param candidates the values shell completion offers, empty for none
 */
record Option(String name, Optional<String> valueName, boolean repeatable, String help, Class<?> type,
        Optional<ITypeConverter<?>> converter, List<String> candidates) {

    Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(converter, "converter");
        candidates = List.copyOf(candidates);
    }

    /** A string-valued option. */
    static Option value(String name, String valueName, String help) {
        return new Option(name, Optional.of(valueName), false, help, String.class, Optional.empty(), List.of());
    }

    /** An option whose value {@code converter} turns into a {@code type}. */
    static <T> Option typed(String name, String valueName, String help, Class<T> type, ITypeConverter<T> converter) {
        return new Option(name, Optional.of(valueName), false, help, type, Optional.of(converter), List.of());
    }

    /** A repeatable string-valued option. */
    static Option repeatable(String name, String valueName, String help) {
        return new Option(name, Optional.of(valueName), true, help, String.class, Optional.empty(), List.of());
    }

    /** A repeatable option whose values {@code converter} turns into {@code type}s. */
    static <T> Option repeatable(String name, String valueName, String help, Class<T> type, ITypeConverter<T> converter) {
        return new Option(name, Optional.of(valueName), true, help, type, Optional.of(converter), List.of());
    }

    /** A flag: no value. */
    static Option flag(String name, String help) {
        return new Option(name, Optional.empty(), false, help, boolean.class, Optional.empty(), List.of());
    }

    /** This option with the values shell completion offers. */
    Option completing(List<String> values) {
        return new Option(name, valueName, repeatable, help, type, converter, values);
    }

    boolean takesValue() {
        return valueName.isPresent();
    }

    String synopsis() {
        return "--" + name + valueName.map(v -> " " + v).orElse("");
    }

    /** The picocli model of this option. */
    OptionSpec toPicocli() {
        OptionSpec.Builder b = OptionSpec.builder("--" + name).description(help);
        if (!takesValue()) {
            b.arity("0").type(boolean.class);
        } else {
            b.paramLabel(valueName.get()).arity("1");
            if (repeatable) {
                b.type(List.class).auxiliaryTypes(type);
            } else {
                b.type(type);
            }
            converter.ifPresent(c -> b.converters(c));
            if (!candidates.isEmpty()) {
                b.completionCandidates(candidates);
            }
        }
        return b.build();
    }
}
