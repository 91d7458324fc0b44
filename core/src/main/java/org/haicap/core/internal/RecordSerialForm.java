package org.haicap.core.internal;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;

/**
 * The serialised form of a haicap record that has {@link Optional} components ({@code Optional}
 * is not serialisable): the component values, with an empty optional as {@code null}. A record
 * returns {@code RecordRecordSerialForm.of(this)} from its {@code writeReplace}; reading the form back
 * calls the record's canonical constructor, so every check of the record runs again and a
 * tampered stream cannot produce an invalid value.
 *
 * <p>Only records of haicap's own core packages, loaded by the same class loader as this class,
 * are rebuilt: a stream naming any other type is refused.
 */
public final class RecordSerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CORE = "org.haicap.core.";

    private final Class<?> type;
    private final Object[] values;

    private RecordSerialForm(Class<?> type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    /**
     * The form to write instead of {@code value}.
     *
     * @param value a record of a core package
     * @return its serial form
     */
    public static RecordSerialForm of(Record value) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object v = components[i].getAccessor().invoke(value);
                values[i] = v instanceof Optional<?> o ? o.orElse(null) : v;
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return new RecordSerialForm(value.getClass(), values);
    }

    private Object readResolve() throws ObjectStreamException {
        if (type == null || !type.isRecord() || !type.getPackageName().startsWith(CORE)
                || type.getClassLoader() != RecordSerialForm.class.getClassLoader()
                || !Serializable.class.isAssignableFrom(type)) {
            throw new InvalidObjectException("not a record of haicap core: " + type);
        }
        RecordComponent[] components = type.getRecordComponents();
        if (values == null || values.length != components.length) {
            throw new InvalidObjectException("wrong number of components for " + type.getName());
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == Optional.class ? Optional.ofNullable(values[i]) : values[i];
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            InvalidObjectException x = new InvalidObjectException("invalid " + type.getSimpleName() + ": "
                    + e.getCause().getMessage());
            x.initCause(e.getCause());
            throw x;
        } catch (ReflectiveOperationException e) {
            InvalidObjectException x = new InvalidObjectException("cannot rebuild " + type.getName());
            x.initCause(e);
            throw x;
        }
    }
}
