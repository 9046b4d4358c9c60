package org.eassms.eas.phone;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * A sync-service replica starting while phones wait for it (issue 8, start-up): starts the jar as a
 * new process beside a running system, takes the time from the JVM's start to the first 200 of
 * {@code /q/health/ready}, then at once has a new phone make its first requests (Provision,
 * FolderSync, Sync of the Outbox), and then a second new phone the same; the first phone's requests
 * should cost what the second's do. Users are created beforehand on the running replica, so nothing
 * warms the new one but its own start. The process inherits this one's environment (run it where
 * {@code scripts/run-local.sh}'s EAS_* variables are exported).
 *
 * <pre>
 * java -cp e2e-tests/target/classes:wbxml-common/target/classes org.eassms.eas.phone.StartupBenchmark \
 *     http://127.0.0.1:8080 dev-admin-token sync-service/target/quarkus-app/quarkus-run.jar 8090 [runs]
 * </pre>
 */
public final class StartupBenchmark {
    private static final String PASSWORD = "startup-password-1";

    public static void main(String[] args) throws Exception {
        String running = args[0];
        AdminApi admin = new AdminApi(running, args[1]);
        Path jar = Path.of(args[2]);
        int port = Integer.parseInt(args[3]);
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient http = HttpClient.newHttpClient();
        String fresh = "http://127.0.0.1:" + port;
        System.out.println(
                "run | start to ready | 1st phone: Provision, FolderSync, Sync (ms)"
                        + " | 2nd phone: Provision, FolderSync, Sync (ms)");
        for (int run = 1; run <= runs; run++) {
            String first = "boot" + UUID.randomUUID().toString().substring(0, 8);
            String second = "boot" + UUID.randomUUID().toString().substring(0, 8);
            admin.createUser(first, PASSWORD);
            admin.createUser(second, PASSWORD);
            long start = System.nanoTime();
            Process process =
                    new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-Dquarkus.http.port=" + port,
                                    "-Deas.sync.replica-id=startup-bench",
                                    "-jar",
                                    jar.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(new File("target/startup-bench.log"))
                            .start();
            try {
                while (status(http, fresh + "/q/health/ready") != 200) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "sync-service exited: target/startup-bench.log");
                    }
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                long ready = System.nanoTime() - start;
                List<Long> firstPhone = firstRequests(fresh, first);
                List<Long> secondPhone = firstRequests(fresh, second);
                System.out.printf(
                        Locale.ROOT,
                        "%d | %d ms | %s | %s%n",
                        run,
                        TimeUnit.NANOSECONDS.toMillis(ready),
                        firstPhone,
                        secondPhone);
            } finally {
                process.destroy();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** A new phone's first three steps, each timed in ms (the Provision's two phases together). */
    private static List<Long> firstRequests(String url, String user)
            throws IOException, InterruptedException {
        EasDevice phone =
                new EasDevice(new EasClient(url, user, PASSWORD, "phone-" + user, "Bench"));
        List<Long> millis = new ArrayList<>();
        long t = System.nanoTime();
        phone.provision();
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        t = System.nanoTime();
        phone.folderSync();
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        t = System.nanoTime();
        phone.prime(Folder.OUTBOX);
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        return millis;
    }

    private static int status(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }
}
