package org.cxadvisor.ops;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Drives HTTP load over loopback from a fixed number of client threads until a deadline or {@link #stop()}, and
 * counts what came back: a request fails when it gets no answer or a status of 500 or more (a 429 is counted apart:
 * it is the service shedding load as designed). Requests come from a function of a running number, so a caller can
 * rotate over instances and over distinct profiles.
 */
final class LoadDriver {

    static final String NO_ANSWER = "no answer";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final List<long[]> latencies = new ArrayList<>();

    /** What one run gave: counts per outcome, throughput and latency percentiles. */
    record Result(long requests, long failed, long shed, double perSecond, double p50Millis, double p99Millis,
                  Map<String, Long> outcomes) {

        @Override
        public String toString() {
            return String.format("%,d requests, %,d failed, %,d shed (429), %,.0f/s, p50 %.1f ms, p99 %.1f ms %s",
                    requests, failed, shed, perSecond, p50Millis, p99Millis, outcomes);
        }

        /** From the answers counted by status ({@link #NO_ANSWER} for none) over {@code seconds}. */
        static Result of(Map<String, Long> outcomes, double seconds, double p50Millis, double p99Millis) {
            long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
            long failed = outcomes.entrySet().stream()
                    .filter(e -> e.getKey().equals(NO_ANSWER) || e.getKey().compareTo("500") >= 0)
                    .mapToLong(Map.Entry::getValue).sum();
            return new Result(total, failed, outcomes.getOrDefault("429", 0L), total / seconds, p50Millis, p99Millis,
                    outcomes);
        }
    }

    /** Runs {@code threads} clients for {@code duration} (or until stopped), each sending {@code request.apply(n)}. */
    Result run(int threads, Duration duration, IntFunction<HttpRequest> request) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[1 << 20];
            synchronized (latencies) {
                latencies.add(mine);
            }
            Thread client = new Thread(() -> drive(deadline, request, mine), "load-" + t);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        return result((System.nanoTime() - start) / 1e9);
    }

    void stop() {
        stopped.set(true);
    }

    private void drive(long deadline, IntFunction<HttpRequest> request, long[] mine) {
        int recorded = 0;
        while (!stopped.get() && System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            String outcome;
            try {
                int status = client.send(request.apply((int) sequence.getAndIncrement()),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                outcome = String.valueOf(status);
            } catch (java.io.IOException e) {
                outcome = NO_ANSWER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (recorded < mine.length) {
                mine[recorded++] = System.nanoTime() - begin;
            }
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private Result result(double seconds) {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((k, v) -> counts.put(k, v.get()));
        long[] all;
        synchronized (latencies) {
            all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        }
        return Result.of(counts, seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
