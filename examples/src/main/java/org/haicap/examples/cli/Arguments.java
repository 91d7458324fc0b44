package org.haicap.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed arguments of one command: option values, flags and positional arguments.
 * Immutable once parsed.
 */
final class Arguments {
    private final CommandSpec spec;
    private final Map<String, List<String>> values;
    private final List<String> positionals;
    private final boolean help;

    private Arguments(CommandSpec spec, Map<String, List<String>> values, List<String> positionals, boolean help) {
        this.spec = spec;
        this.values = values;
        this.positionals = List.copyOf(positionals);
        this.help = help;
    }

    /**
     * Parses {@code args} against {@code spec}: {@code --name value}, {@code --name=value},
     * flags, {@code --} to end the options, {@code --help} / {@code -h} anywhere before {@code --}.
     * A non-repeatable option given twice, an unknown option, a missing value and a wrong count of
     * positional arguments are usage errors (exit 2). With {@code --help} the positional count is
     * not checked.
     *
     * @throws CliException with exit code 2 on a usage error
     */
    static Arguments parse(CommandSpec spec, List<String> args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean help = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                positionals.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!a.startsWith("--")) {
                throw unknown(spec, a);
            }
            String name = a.substring(2);
            Optional<String> inline = Optional.empty();
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = Optional.of(name.substring(eq + 1));
                name = name.substring(0, eq);
            }
            Option option = spec.option(name).orElseThrow(() -> unknown(spec, a));
            String value;
            if (option.takesValue()) {
                if (inline.isPresent()) {
                    value = inline.get();
                } else if (i + 1 < args.size() && !isOptionLike(args.get(i + 1))) {
                    value = args.get(++i);
                } else {
                    throw CliException.usage(
                            "tùy chọn --" + name + " cần giá trị " + option.valueName().orElse("") + " ("
                                    + helpHint(spec) + ")",
                            "option --" + name + " needs a value " + option.valueName().orElse(""));
                }
            } else {
                if (inline.isPresent()) {
                    throw CliException.usage("tùy chọn --" + name + " không nhận giá trị",
                            "option --" + name + " takes no value");
                }
                value = "";
            }
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.isEmpty() && !option.repeatable()) {
                throw CliException.usage("tùy chọn --" + name + " được cho hai lần",
                        "option --" + name + " given twice (" + helpHint(spec) + ")");
            }
            list.add(value);
        }
        if (!help) {
            if (positionals.size() < spec.minPositionals()) {
                throw CliException.usage("thiếu " + spec.positionalName() + " cho lệnh '" + spec.name() + "'",
                        "missing " + spec.positionalName() + " for '" + spec.name() + "' (" + helpHint(spec) + ")");
            }
            if (positionals.size() > spec.maxPositionals()) {
                String extra = positionals.get(spec.maxPositionals());
                throw CliException.usage("thừa đối số \"" + extra + "\" cho lệnh '" + spec.name() + "'",
                        "unexpected argument \"" + extra + "\" for '" + spec.name() + "' (" + helpHint(spec) + ")");
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        values.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Arguments(spec, frozen, positionals, help);
    }

    private static boolean isOptionLike(String s) {
        return s.startsWith("-") && !s.equals("-");
    }

    private static String helpHint(CommandSpec spec) {
        return "haicap " + spec.name() + " --help";
    }

    private static CliException unknown(CommandSpec spec, String given) {
        String name = given.replaceFirst("^-+", "").replaceFirst("=.*$", "");
        Optional<String> near = spec.options().stream().map(Option::name)
                .filter(n -> n.startsWith(name) || distance(n, name) <= 2)
                .min(Comparator.comparingInt(n -> distance(n, name)));
        String hintVi = near.map(n -> "; có phải --" + n + "?").orElse("");
        String hintEn = near.map(n -> "; did you mean --" + n + "?").orElse("");
        String shown = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        return CliException.usage("tùy chọn không biết " + shown + " cho lệnh '" + spec.name() + "'" + hintVi,
                "unknown option " + shown + " for '" + spec.name() + "'" + hintEn + " (" + helpHint(spec) + ")");
    }

    /** Levenshtein distance, for option hints. */
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

    CommandSpec spec() {
        return spec;
    }

    boolean helpRequested() {
        return help;
    }

    List<String> positionals() {
        return positionals;
    }

    /** The value of a single-valued option. */
    Optional<String> value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** All values of a repeatable option, in order. */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
