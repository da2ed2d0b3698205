package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory check, off by default (it takes minutes): reloads a copy of the shipped rules 500 times, each time with
 * changed content so that every reload really compiles and swaps in a new knowledge base, and reports heap after a
 * full GC, metaspace and loaded classes every 50 reloads. They must stay flat: a KieContainer, KieModule or rule
 * class loader kept per reload would show as a steady climb.
 *
 * <pre>./mvnw -q test -Dtest=ReloadMemoryTest -Dcxadvisor.memory=true [-Dcxadvisor.memory.reloads=500]</pre>
 */
@Tag("memory")
@EnabledIfSystemProperty(named = "cxadvisor.memory", matches = "true")
class ReloadMemoryTest {

    @TempDir
    Path dir;

    record Sample(int reloads, long heapMb, long metaspaceMb, int loadedClasses, long unloadedClasses) {
    }

    @Test
    void fiveHundredReloadsKeepHeapAndMetaspaceFlat() throws Exception {
        int total = Integer.getInteger("cxadvisor.memory.reloads", 500);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path drl = dir.resolve("classification.drl");
        String original = Files.readString(drl);
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        List<Sample> samples = new ArrayList<>();
        samples.add(sample(0));
        long start = System.nanoTime();
        for (int i = 1; i <= total; i++) {
            Files.writeString(drl, original + "\n// reload " + i + "\n");
            ReloadStatus status = holder.reload();
            assertThat(status.status()).isEqualTo(ReloadStatus.Status.OK);
            if (i % 50 == 0) {
                samples.add(sample(i));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%n%d reloads in %.0f s (%.0f ms each)%n", total, seconds, seconds * 1000 / total);
        System.out.println("reloads  heap-after-GC(MB)  metaspace(MB)  loaded-classes  unloaded-classes");
        samples.forEach(s -> System.out.printf("%7d  %17d  %13d  %14d  %16d%n", s.reloads(), s.heapMb(), s.metaspaceMb(),
                s.loadedClasses(), s.unloadedClasses()));
        List<Sample> steady = samples.subList(2, samples.size()); // after warm-up
        long heapBand = steady.stream().mapToLong(Sample::heapMb).max().orElseThrow()
                - steady.stream().mapToLong(Sample::heapMb).min().orElseThrow();
        long metaBand = steady.stream().mapToLong(Sample::metaspaceMb).max().orElseThrow()
                - steady.stream().mapToLong(Sample::metaspaceMb).min().orElseThrow();
        System.out.printf("after warm-up: heap band %d MB, metaspace band %d MB%n", heapBand, metaBand);
        assertThat(heapBand).as("heap after GC band (MB)").isLessThan(64);
        assertThat(metaBand).as("metaspace band (MB)").isLessThan(32);
    }

    private static Sample sample(int reloads) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        return new Sample(reloads, heap >> 20, metaspace >> 20, classes.getLoadedClassCount(), classes.getUnloadedClassCount());
    }

    @SuppressWarnings("unused")
    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans();
    }
}
