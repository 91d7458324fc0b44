package org.haicap.core.money;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * The serialised form of a record of this package that has {@link Optional} components
 * ({@code Optional} is not serialisable): the component values with empty optionals as
 * {@code null}. Reading it back calls the canonical constructor, so every check runs again.
 */
final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;
    private final Object[] values;

    private SerialForm(Class<?> type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    /** The form to write instead of {@code value}; called from each record's {@code writeReplace}. */
    static SerialForm of(Record value) {
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
        return new SerialForm(value.getClass(), values);
    }

    private Object readResolve() throws ObjectStreamException {
        if (type == null || !type.isRecord() || type.getPackage() != SerialForm.class.getPackage()
                || !Serializable.class.isAssignableFrom(type)) {
            throw new InvalidObjectException("not a record of " + SerialForm.class.getPackageName() + ": " + type);
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
