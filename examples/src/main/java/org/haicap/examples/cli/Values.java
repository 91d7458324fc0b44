package org.haicap.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.units.Province;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;

/** Reads option values; every bad value is a usage error (exit 2) naming the option and the value. */
final class Values {
    private static final Pattern VIETNAMESE_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Values() {
    }

    /**
     * A date written {@code 2025-07-15} or {@code 15/7/2025}, on or after 1 July 2025.
     */
    static LocalDate date(String option, String text) {
        Matcher vi = VIETNAMESE_DATE.matcher(text.strip());
        Matcher iso = ISO_DATE.matcher(text.strip());
        LocalDate date;
        try {
            if (iso.matches()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } else if (vi.matches()) {
                date = LocalDate.of(Integer.parseInt(vi.group(3)), Integer.parseInt(vi.group(2)),
                        Integer.parseInt(vi.group(1)));
            } else {
                throw badDate(option, text);
            }
        } catch (DateTimeException e) {
            throw badDate(option, text);
        }
        if (date.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            throw CliException.usage("--" + option + " " + text + ": ngày trước 1/7/2025, trước khi chính quyền địa phương hai cấp có hiệu lực",
                    "date before 2025-07-01, when the two-level local government took effect");
        }
        return date;
    }

    private static CliException badDate(String option, String text) {
        return CliException.usage("--" + option + " \"" + Values.printable(text) + "\": ngày không hợp lệ, viết 2025-07-15 hoặc 15/7/2025",
                "not a date; write 2025-07-15 or 15/7/2025");
    }

    /** One of {@code allowed}, case-insensitive. */
    static String choice(String option, String text, List<String> allowed) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw CliException.usage("--" + option + " \"" + printable(text) + "\": không hỗ trợ, chọn một trong " + String.join(", ", allowed),
                    "not supported; choose one of " + String.join(", ", allowed));
        }
        return v;
    }

    /** A province of the catalogue by its 2-digit code. */
    static Province province(UnitCatalog catalog, String text) {
        if (!ProvinceCode.isWellFormed(text)) {
            throw CliException.usage("--province \"" + printable(text) + "\": mã tỉnh phải có 2 chữ số, ví dụ 01",
                    "a province code has 2 digits, e.g. 01");
        }
        return catalog.province(text).orElseThrow(() -> CliException.usage(
                "--province " + text + ": không có tỉnh, thành phố mã " + text + " (xem haicap units list)",
                "no province with code " + text + " (see haicap units list)"));
    }

    /** A well-formed 5-digit unit code. */
    static UnitCode unitCode(String text) {
        if (!UnitCode.isWellFormed(text)) {
            throw CliException.usage("mã \"" + printable(text) + "\" không hợp lệ: mã đơn vị hành chính cấp xã có 5 chữ số, ví dụ 00004",
                    "not a commune-level unit code: it has 5 digits, e.g. 00004");
        }
        return UnitCode.of(text);
    }

    /** A positive integer. */
    static int positive(String option, String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CliException.usage("--" + option + " \"" + printable(text) + "\": cần một số nguyên dương",
                "needs a positive whole number");
    }

    /** A file name given to {@code --option}; a name the platform cannot use is a usage error. */
    static java.nio.file.Path path(String option, String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw CliException.usage("--" + option + " \"" + printable(text) + "\": tên tệp không hợp lệ", "not a valid file name");
        }
    }

    /** An {@code --as-of DATE} option: the value is converted by {@link #date}. */
    static Option asOf(String help) {
        return Option.typed("as-of", "DATE", help, LocalDate.class, t -> date("as-of", t));
    }

    /** An option taking a positive whole number, converted by {@link #positive}. */
    static Option positiveOption(String name, String valueName, String help) {
        return Option.typed(name, valueName, help, Integer.class, t -> positive(name, t));
    }

    /** An option taking a file name, converted by {@link #path}. */
    static Option pathOption(String name, String valueName, String help) {
        return Option.typed(name, valueName, help, java.nio.file.Path.class, t -> path(name, t));
    }

    /** A line of text for a heading ({@code --issuer}, {@code --title}): not blank, no control characters. */
    static String text(String option, String text) {
        String v = text.strip();
        if (v.isEmpty() || v.codePoints().anyMatch(Character::isISOControl)) {
            throw CliException.usage("--" + option + " \"" + printable(text) + "\": cần một dòng chữ không rỗng",
                    "needs one line of non-blank text");
        }
        return v;
    }

    /** At most 40 characters, control characters shown as '?'. */
    static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder b = new StringBuilder();
        cut.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
