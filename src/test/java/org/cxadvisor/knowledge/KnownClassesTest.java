package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name that is not on the class path is looked for once; what is there is found as before. */
class KnownClassesTest {

    /** The application's class loader, counting what it is asked. */
    static final class Counting extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Counting() {
            super(KnownClassesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            asked.add(name);
            return super.getResource(name);
        }
    }

    @Test
    void aMissingClassIsLookedForOnceAndAPresentOneIsFoundEveryTime() throws Exception {
        Counting application = new Counting();
        KnownClasses classes = new KnownClasses(application);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> classes.loadClass("org.cxadvisor.advice.category"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessageContaining("org.cxadvisor.advice.category");
            assertThat(classes.loadClass(RuleInfo.class.getName())).isSameAs(RuleInfo.class);
        }
        assertThat(application.asked).filteredOn("org.cxadvisor.advice.category"::equals).hasSize(1);
        assertThat(application.asked).filteredOn(RuleInfo.class.getName()::equals).hasSize(3);
    }

    @Test
    void aMissingResourceIsLookedForOnce() {
        Counting application = new Counting();
        KnownClasses classes = new KnownClasses(application);
        String present = RuleInfo.class.getName().replace('.', '/') + ".class";

        for (int i = 0; i < 3; i++) {
            assertThat(classes.getResource("org/cxadvisor/advice/category.class")).isNull();
            assertThat(classes.getResource(present)).isNotNull();
        }
        assertThat(application.asked).filteredOn("org/cxadvisor/advice/category.class"::equals).hasSize(1);
        assertThat(application.asked).filteredOn(present::equals).hasSize(3);
    }
}
