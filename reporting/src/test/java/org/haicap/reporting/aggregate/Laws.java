package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** The monoid laws every aggregate must satisfy, checked on a list of records cut in three. */
final class Laws {
    private Laws() {
    }

    static <T, A> void check(List<T> items, int cut1, int cut2, A empty, Function<List<T>, A> fold, BinaryOperator<A> merge) {
        int i = Math.min(cut1, items.size());
        int j = Math.max(i, Math.min(cut2, items.size()));
        A a = fold.apply(items.subList(0, i));
        A b = fold.apply(items.subList(i, j));
        A c = fold.apply(items.subList(j, items.size()));
        A all = fold.apply(items);
        assertEquals(merge.apply(merge.apply(a, b), c), merge.apply(a, merge.apply(b, c)), "associativity");
        assertEquals(merge.apply(a, b), merge.apply(b, a), "commutativity");
        assertEquals(a, merge.apply(empty, a), "left identity");
        assertEquals(a, merge.apply(a, empty), "right identity");
        assertEquals(all, merge.apply(merge.apply(a, b), c), "fold(all) == merge of the pieces' folds");
        assertEquals(empty, fold.apply(List.of()), "the fold of nothing is empty");
        assertEquals(all, roundTrip(all), "serialisation");
    }

    @SuppressWarnings("unchecked")
    static <A> A roundTrip(A value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (A) in.readObject();
            }
        } catch (Exception e) {
            throw new AssertionError("not serialisable: " + value, e);
        }
    }
}
