package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CPU time an evaluation is charged: an evaluation that starts soon after the last reading of its thread's CPU
 * clock takes that reading as its start (what-ifs start an evaluation every few microseconds), so it may be charged
 * up to {@link RuleWatch#REUSE_READING_MS} ms too much, never too little, and never from another thread's clock.
 */
class RuleWatchTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    @Test
    void theCpuTimeSinceTheStartIsCountedInFull() {
        RuleWatch watch = new RuleWatch(Long.MAX_VALUE);
        watch.start(null);
        watch.start(null);
        burn(20);

        assertThat(watch.cpuNanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
    }

    @Test
    void aReadingOlderThanTheReuseTimeIsNotTheNextStart() {
        RuleWatch watch = new RuleWatch(Long.MAX_VALUE);
        watch.start(null);
        burn(60);   // 60 ms of CPU take at least as long on the wall clock, past the reuse time
        watch.start(null);

        assertThat(watch.cpuNanos()).isLessThan(TimeUnit.MILLISECONDS.toNanos(RuleWatch.REUSE_READING_MS) + SLACK_NANOS);
    }

    @Test
    void anotherThreadsReadingIsNeverTheStart() throws Exception {
        RuleWatch watch = new RuleWatch(Long.MAX_VALUE);
        CountDownLatch burnt = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        CompletableFuture<Long> charged = CompletableFuture.supplyAsync(() -> {
            burn(40);   // this thread's clock is now well apart from the test thread's
            burnt.countDown();
            await(read);
            watch.start(null);   // right after the test thread's reading
            return watch.cpuNanos();
        });
        burn(100);   // more than the other thread, so that its clock minus this one's reading would be negative
        burnt.await();
        watch.start(null);
        read.countDown();

        assertThat(charged.get(10, TimeUnit.SECONDS)).isBetween(0L, SLACK_NANOS);
    }

    private static void burn(long millis) {
        long end = THREADS.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (THREADS.getCurrentThreadCpuTime() < end) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
