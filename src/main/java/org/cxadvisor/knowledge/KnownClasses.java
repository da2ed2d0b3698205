package org.cxadvisor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URL;

/**
 * The class loader rule compilation looks classes up in: the application's, remembering what is not there. Drools
 * tries every import for each name in a rule file (an annotation such as {@code @category} is looked up as
 * {@code org.cxadvisor.advice.category}, {@code org.cxadvisor.profile.category}, ...), and the Java compiler asks
 * whether each name is a package. In the packaged jar every miss searches the nested jars and throws: two thirds of
 * a reload's time went there. The application's classes do not change while it runs, so a miss stays a miss.
 */
final class KnownClasses extends ClassLoader {

    /** Bounded: the names come from rule files, which business users may fill with anything. */
    private static final int KEPT = 100_000;

    static {
        registerAsParallelCapable();
    }

    private final Cache<String, Boolean> missingClasses = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Cache<String, Boolean> missingResources = Caffeine.newBuilder().maximumSize(KEPT).build();

    KnownClasses(ClassLoader application) {
        super("rule-compilation", application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.getIfPresent(name) != null) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missingClasses.put(name, Boolean.TRUE);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.getIfPresent(name) != null) {
            return null;
        }
        URL found = super.getResource(name);
        if (found == null) {
            missingResources.put(name, Boolean.TRUE);
        }
        return found;
    }
}
