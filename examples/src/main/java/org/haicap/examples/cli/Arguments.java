package org.haicap.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The parsed arguments of one command, as picocli matched them: typed option values, flags and
 * positional arguments. Read-only view of one run's parse result.
 */
final class Arguments {
    private final ParseResult result;

    Arguments(ParseResult result) {
        this.result = result;
    }

    /** The positional arguments, in order, as given. */
    List<String> positionals() {
        List<String> all = new ArrayList<>();
        for (PositionalParamSpec p : result.commandSpec().positionalParameters()) {
            all.addAll(p.stringValues());
        }
        return List.copyOf(all);
    }

    /** The converted value of a single-valued option, if given. */
    <T> Optional<T> get(String name) {
        return Optional.ofNullable(result.matchedOptionValue("--" + name, null));
    }

    /** The value of a single-valued option as given on the command line, if given. */
    Optional<String> value(String name) {
        return result.hasMatchedOption("--" + name)
                ? Optional.of(result.matchedOption("--" + name).stringValues().get(0)) : Optional.empty();
    }

    /** All converted values of a repeatable option, in order. */
    <T> List<T> values(String name) {
        List<T> v = result.matchedOptionValue("--" + name, List.of());
        return List.copyOf(v);
    }

    /** Whether a flag (or option) was given. */
    boolean flag(String name) {
        return result.hasMatchedOption("--" + name);
    }

    /** The command line of the whole tool this command belongs to. */
    picocli.CommandLine root() {
        return result.commandSpec().root().commandLine();
    }

    /** Levenshtein distance, for hints. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
