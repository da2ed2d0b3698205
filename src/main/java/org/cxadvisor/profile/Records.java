package org.cxadvisor.profile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds and reads the profile's records by component name, so that the field table (not a hand-written list of
 * casts) decides which value goes where. The reflection is looked up once per record class: every request and every
 * what-if builds profiles.
 */
final class Records {

    /**
     * A record class's component names, accessors and canonical constructor. The handles are typed to take and give
     * {@code Record} and {@code Object} ({@code invokeExact}), so that a call does not adapt its types each time.
     */
    private record Shape(List<String> names, MethodHandle[] accessors, MethodHandle constructor) {
    }

    private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Record.class);
    private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            try {
                MethodHandle[] accessors = new MethodHandle[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(ACCESSOR);
                }
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length).asType(CONSTRUCTOR);
                return new Shape(Arrays.stream(components).map(RecordComponent::getName).toList(), accessors,
                        constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
            }
        }
    };

    private Records() {
    }

    /** A record of {@code type} whose components take {@code valueOf(componentName)}. */
    static <R extends Record> R construct(Class<R> type, Function<String, Object> valueOf) {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.names().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = valueOf.apply(shape.names().get(i));
        }
        return type.cast(build(shape, args));
    }

    /** {@code record} with its component {@code name} set to {@code value}, the others as they are. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        Shape shape = SHAPES.get(record.getClass());
        int changed = shape.names().indexOf(name);
        if (changed < 0) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
        }
        Object[] args = new Object[shape.names().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = i == changed ? value : read(shape, i, record);
        }
        return (R) build(shape, args);
    }

    private static Object build(Shape shape, Object[] args) {
        try {
            return (Object) shape.constructor().invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the components in which two records of one class differ, in declaration order. */
    static String[] differing(Record a, Record b) {
        Shape shape = SHAPES.get(a.getClass());
        List<String> names = new ArrayList<>(2);
        for (int i = 0; i < shape.names().size(); i++) {
            if (!Objects.equals(read(shape, i, a), read(shape, i, b))) {
                names.add(shape.names().get(i));
            }
        }
        return names.toArray(String[]::new);
    }

    private static Object read(Shape shape, int i, Record record) {
        try {
            return (Object) shape.accessors()[i].invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + shape.names().get(i), e);
        }
    }

    /** A record's components by name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < shape.names().size(); i++) {
            values.put(shape.names().get(i), read(shape, i, record));
        }
        return values;
    }
}
