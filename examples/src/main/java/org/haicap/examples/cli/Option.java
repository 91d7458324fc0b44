package org.haicap.examples.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a command: {@code --name VALUE} or a flag {@code --name}. Immutable.
 *
 * @param name the long name without dashes, e.g. {@code province}
 * @param valueName the placeholder of its value in help, empty for a flag
 * @param repeatable whether it may be given more than once (values accumulate)
 * @param help one line of help
 */
record Option(String name, Optional<String> valueName, boolean repeatable, String help) {

    Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(help, "help");
    }

    static Option value(String name, String valueName, String help) {
        return new Option(name, Optional.of(valueName), false, help);
    }

    static Option repeatable(String name, String valueName, String help) {
        return new Option(name, Optional.of(valueName), true, help);
    }

    static Option flag(String name, String help) {
        return new Option(name, Optional.empty(), false, help);
    }

    boolean takesValue() {
        return valueName.isPresent();
    }

    String synopsis() {
        return "--" + name + valueName.map(v -> " " + v).orElse("");
    }
}
