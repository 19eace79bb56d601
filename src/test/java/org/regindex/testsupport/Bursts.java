package org.regindex.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Requests sent at the same moment: each on a thread of its own, all released by one latch once every
 * thread is waiting on it. The answers come back in the order the requests were given.
 */
public final class Bursts {

    private Bursts() {}

    /** The same request {@code times} times at once. */
    public static <T> List<T> identical(int times, Supplier<T> request) {
        List<Supplier<T>> requests = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            requests.add(request);
        }
        return atOnce(requests);
    }

    /** Different requests at once, e.g. two that conflict. */
    public static <T> List<T> atOnce(List<Supplier<T>> requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> replies = new ArrayList<>();
            for (Supplier<T> request : requests) {
                replies.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.get();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads of a burst did not start");
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> reply : replies) {
                answers.add(reply.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many answers had each status, e.g. "1 × 201, 7 × 409". */
    public static String statuses(List<Api.Reply> replies) {
        Map<Integer, Integer> counts = new TreeMap<>();
        replies.forEach(reply -> counts.merge(reply.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " × " + status));
        return String.join(", ", parts);
    }

    public static long count(List<Api.Reply> replies, int status) {
        return replies.stream().filter(reply -> reply.status() == status).count();
    }
}
