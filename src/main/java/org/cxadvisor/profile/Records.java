package org.cxadvisor.profile;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds and reads the profile's records by component name, so that the field table (not a hand-written list of
 * casts) decides which value goes where.
 */
final class Records {

    private Records() {
    }

    /** A record of {@code type} whose components take {@code valueOf(componentName)}. */
    static <R extends Record> R construct(Class<R> type, Function<String, Object> valueOf) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = Arrays.stream(components).map(c -> valueOf.apply(c.getName())).toArray();
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** A record's components by name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName(), e);
            }
        }
        return values;
    }
}
