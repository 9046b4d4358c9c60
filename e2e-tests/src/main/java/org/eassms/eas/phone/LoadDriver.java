package org.eassms.eas.phone;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;

/**
 * The phone simulator in load mode: N users, each with a registered phone hanging on its Outbox
 * (HeartbeatInterval 600 s); then, one at a time, an SMS is posted for a sample of them and the
 * time from the POST's 201 (the item and its outbox event are committed) to the phone's Sync
 * response is recorded. Prints p50, p99 and max, and, given sync-service's pid, its resident memory
 * per hanging request and its live heap per hanging request after a full GC (with the classes that
 * grew most, from {@code jcmd GC.class_histogram}).
 *
 * <pre>
 * java -cp e2e-tests/target/classes:wbxml-common/target/classes org.eassms.eas.phone.LoadDriver \
 *     http://127.0.0.1:8080 dev-admin-token 100 [samples] [sync-service-pid]</pre>
 */
public final class LoadDriver {
    private static final String PASSWORD = "load-password-1";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String adminToken = args[1];
        int phones = Integer.parseInt(args[2]);
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(phones, 200);
        long pid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String run = UUID.randomUUID().toString().substring(0, 6);
        AdminApi admin = new AdminApi(url, adminToken);

        List<PhoneSimulator> simulators = new ArrayList<>();
        List<EasDevice> devices = new ArrayList<>();
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            users.add("load" + run + "n" + i);
        }
        EasDevice[] byIndex = new EasDevice[phones];
        PhoneSimulator[] simByIndex = new PhoneSimulator[phones];
        CountDownLatch ready = new CountDownLatch(phones);
        for (int i = 0; i < phones; i++) {
            int index = i;
            setup.submit(
                    () -> {
                        try {
                            String user = users.get(index);
                            admin.createUser(user, PASSWORD);
                            EasDevice phone =
                                    new EasDevice(
                                            new EasClient(
                                                    url, user, PASSWORD, "phone-" + user, "Load"));
                            PhoneSimulator simulator =
                                    new PhoneSimulator(
                                            phone,
                                            "+1425555" + String.format("%04d", index),
                                            "Load phone " + index,
                                            600);
                            simulator.register();
                            byIndex[index] = phone;
                            simByIndex[index] = simulator;
                        } catch (Exception e) {
                            System.err.println("setup of phone " + index + " failed: " + e);
                        } finally {
                            ready.countDown();
                        }
                    });
        }
        ready.await();
        setup.shutdown();
        devices.addAll(Arrays.asList(byIndex));
        simulators.addAll(Arrays.asList(simByIndex));
        long rssBefore = rss(pid);
        HeapHistogram heapBefore = HeapHistogram.of(pid);
        HeapHistogram heapHanging = null;

        // Rounds: every phone hangs on its Outbox, then SMS are posted one at a time to phones of
        // that round and
        // the time from the POST's 201 to the phone's response is recorded. Round 0 is a warm-up,
        // not measured.
        int perRound = Math.min(phones, samples);
        int rounds = (samples + perRound - 1) / perRound;
        long[] latencies = new long[rounds * perRound];
        long rssHanging = 0;
        ExecutorService hanging = Executors.newFixedThreadPool(phones);
        int measured = 0;
        for (int round = 0; round <= rounds; round++) {
            ConcurrentHashMap<Integer, Long> arrivals = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(phones);
            double before = hangingNow(http, url);
            for (int i = 0; i < phones; i++) {
                int index = i;
                hanging.submit(
                        () -> {
                            try {
                                EasDevice phone = devices.get(index);
                                SyncCollectionResponse changes =
                                        phone.sync(phone.folder(Folder.OUTBOX), List.of(), 600);
                                if (changes != null && !changes.commands().isEmpty()) {
                                    arrivals.put(index, System.nanoTime());
                                }
                            } catch (Exception e) {
                                System.err.println(
                                        "hanging Sync of phone " + index + " failed: " + e);
                            } finally {
                                done.countDown();
                            }
                        });
            }
            waitForHanging(http, url, before + phones);
            if (round == 1) {
                rssHanging = rss(pid);
                heapHanging = HeapHistogram.of(pid);
            }
            for (int k = 0; k < phones; k++) {
                int index = k;
                EasClient client = devices.get(index).client();
                HttpResponse<String> posted =
                        client.json(
                                "POST",
                                "/api/sms",
                                "{\"to\":\"+14255550143\",\"body\":\"load test "
                                        + round
                                        + "/"
                                        + k
                                        + "\"}");
                long committed = System.nanoTime();
                if (posted.statusCode() != 201) {
                    throw new IllegalStateException("POST /api/sms: " + posted.statusCode());
                }
                long deadline = committed + TimeUnit.SECONDS.toNanos(10);
                while (!arrivals.containsKey(index) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Long arrived = arrivals.get(index);
                if (round > 0 && k < perRound && measured < latencies.length) {
                    latencies[measured++] = arrived == null ? Long.MAX_VALUE : arrived - committed;
                }
            }
            done.await(60, TimeUnit.SECONDS);
        }
        hanging.shutdownNow();
        latencies = Arrays.copyOf(latencies, measured);

        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT, "hanging Syncs: %d, samples: %d%n", phones, latencies.length);
        System.out.printf(
                Locale.ROOT,
                "wake latency (SMS committed -> phone's Sync response): p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n",
                ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
        if (pid > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "sync-service RSS: %d MiB idle, %d MiB with %d hanging: %.1f KiB each%n",
                    rssBefore >> 20,
                    rssHanging >> 20,
                    phones,
                    (rssHanging - rssBefore) / 1024.0 / phones);
            if (heapBefore != null && heapHanging != null) {
                System.out.print(heapHanging.growthSince(heapBefore, phones, 15));
            }
        }
        System.exit(0);
    }

    private static void waitForHanging(HttpClient http, String url, double expected)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (hangingNow(http, url) >= expected) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("not all phones are hanging");
    }

    private static double hangingNow(HttpClient http, String url) throws Exception {
        return ServiceMetrics.scrape(http, url).value("eas_hanging_requests ");
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1e6;
    }

    private static long rss(long pid) throws Exception {
        if (pid <= 0) {
            return 0;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }
}
