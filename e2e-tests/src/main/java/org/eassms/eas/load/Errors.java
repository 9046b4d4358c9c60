package org.eassms.eas.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What went wrong during a load run, by kind ("HTTP 503", "Sync status 3", an exception). */
final class Errors {
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

    void count(String kind) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void count(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        count(failure.getClass().getSimpleName() + message.replaceAll("[0-9]+", "#"));
    }

    long total() {
        return byKind.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
        if (byKind.isEmpty()) {
            return "none";
        }
        Map<String, Long> sorted = new TreeMap<>();
        byKind.forEach((kind, n) -> sorted.put(kind, n.sum()));
        return sorted.toString();
    }
}
