package org.haicap.core.json;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.lang.reflect.RecordComponent;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.util.Optional;

/**
 * Makes every component of a record required when reading, except those of type
 * {@code Optional}: a missing field is then a clear "missing field" problem naming the field,
 * instead of a {@code null} (or a silent 0 for a {@code long} amount) reaching the constructor.
 * An explicit {@code @JsonProperty(required = ...)} still decides for itself.
 *
 * <p>Also keeps a record's wire shape to its components: a derived, getter-like method of a record
 * (such as {@code Dossier.isOpen()} or {@code Fee.isFree()}) is not written as a field, since it
 * could not be read back.
 */
final class RequiredRecordComponents extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember m) {
        Class<?> owner = m.getDeclaringClass();
        if (owner == null || !owner.isRecord()) {
            return null;
        }
        return m.getRawType() == Optional.class ? Boolean.FALSE : Boolean.TRUE;
    }

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember m) {
        if (!(m instanceof AnnotatedMethod method) || method.getParameterCount() != 0) {
            return false;
        }
        Class<?> owner = m.getDeclaringClass();
        if (owner == null || !owner.isRecord()) {
            return false;
        }
        String name = method.getName();
        for (RecordComponent c : owner.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return false;
            }
        }
        return name.startsWith("get") || name.startsWith("is");
    }
}
