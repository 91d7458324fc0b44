package org.haicap.reporting.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reported figures given to a standard report, at most one per key, in the order given.
 * This is an immutable, thread-safe value: {@link #with} returns a new collection.
 */
public final class ReportedFigures {
    private static final ReportedFigures EMPTY = new ReportedFigures(Map.of());

    private final Map<String, ReportedFigure> figures;

    private ReportedFigures(Map<String, ReportedFigure> figures) {
        this.figures = figures;
    }

    /** No figures. */
    public static ReportedFigures empty() {
        return EMPTY;
    }

    /**
     * These figures.
     *
     * @throws InvalidFigureException if a key is given twice
     */
    public static ReportedFigures of(ReportedFigure... figures) {
        ReportedFigures out = EMPTY;
        for (ReportedFigure f : figures) {
            out = out.with(f);
        }
        return out;
    }

    /**
     * These figures plus {@code figure}.
     *
     * @throws InvalidFigureException if its key is already given
     */
    public ReportedFigures with(ReportedFigure figure) {
        if (figures.containsKey(figure.key())) {
            throw new InvalidFigureException(figure.key(), "số liệu đã có", "the figure is given twice");
        }
        Map<String, ReportedFigure> out = new LinkedHashMap<>(figures);
        out.put(figure.key(), figure);
        return new ReportedFigures(Collections.unmodifiableMap(out));
    }

    /** The figure with {@code key}, if given. */
    public Optional<ReportedFigure> get(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** The known figure, if given. */
    public Optional<ReportedFigure> get(StandardFigure figure) {
        return get(figure.key());
    }

    /** The figures whose keys are not {@link StandardFigure}s, in the order given. */
    public List<ReportedFigure> extras() {
        List<ReportedFigure> out = new ArrayList<>();
        for (ReportedFigure f : figures.values()) {
            if (!f.isStandard()) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** All figures, in the order given. */
    public List<ReportedFigure> all() {
        return List.copyOf(figures.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportedFigures r && figures.equals(r.figures);
    }

    @Override
    public int hashCode() {
        return figures.hashCode();
    }

    @Override
    public String toString() {
        return "ReportedFigures" + figures.keySet();
    }
}
