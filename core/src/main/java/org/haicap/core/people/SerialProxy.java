package org.haicap.core.people;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.haicap.core.ids.DocumentNumber;

/**
 * The serial form of the records of this package. {@link Optional} is not serialisable, so a
 * record with optional components writes this proxy instead ({@code writeReplace}); reading it
 * back calls the record's canonical constructor, so every check runs again on deserialisation.
 */
final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;
    private final Object[] values;

    private SerialProxy(Class<?> type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    /** An absent or present optional value. */
    private record Opt(Object value) implements Serializable {
    }

    /** A document number by its text. */
    private record Doc(String text) implements Serializable {
    }

    static SerialProxy of(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] vs = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            try {
                vs[i] = encode(cs[i].getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return new SerialProxy(r.getClass(), vs);
    }

    private static Object encode(Object v) {
        if (v instanceof Optional<?> o) {
            return new Opt(o.map(SerialProxy::encode).orElse(null));
        }
        if (v instanceof DocumentNumber d) {
            return new Doc(d.text());
        }
        return v;
    }

    private static Object decode(Object v) {
        if (v instanceof Opt o) {
            return Optional.ofNullable(decode(o.value()));
        }
        if (v instanceof Doc d) {
            return DocumentNumber.parse(d.text());
        }
        return v;
    }

    private Object readResolve() throws ObjectStreamException {
        try {
            if (!type.isRecord() || !type.getPackageName().equals(SerialProxy.class.getPackageName())) {
                throw new InvalidObjectException("not a record of " + SerialProxy.class.getPackageName());
            }
            RecordComponent[] cs = type.getRecordComponents();
            Class<?>[] types = new Class<?>[cs.length];
            Object[] args = new Object[cs.length];
            if (values == null || values.length != cs.length) {
                throw new InvalidObjectException("wrong number of components for " + type.getSimpleName());
            }
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                args[i] = decode(values[i]);
            }
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            InvalidObjectException x = new InvalidObjectException(String.valueOf(e.getCause().getMessage()));
            x.initCause(e.getCause());
            throw x;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            InvalidObjectException x = new InvalidObjectException(e.toString());
            x.initCause(e);
            throw x;
        }
    }
}
