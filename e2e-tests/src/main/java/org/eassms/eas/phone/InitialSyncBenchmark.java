package org.eassms.eas.phone;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * Initial sync of a large folder (issue: 10,000 SMS with WindowSize 100): a phone files N SMS in
 * the Inbox, 100 per Sync; then a new device syncs the Inbox from SyncKey 0 with an SMS Options
 * block, window after window, until MoreAvailable is gone. Prints the total time, the time per
 * window, and the database work per request: the SQL statements sync-service's reactive client ran
 * and the time they took (its {@code postgresql_*} metrics), and the scans and index rows
 * PostgreSQL counted on the service's tables ({@code pg_stat_user_tables}, through {@code psql}),
 * so that "bounded work per request whatever the folder's size" is a measurement, not a claim.
 *
 * <pre>
 * java -cp e2e-tests/target/classes:wbxml-common/target/classes \
 *     org.eassms.eas.phone.InitialSyncBenchmark http://127.0.0.1:8080 dev-admin-token 10000 100 [psql args...]
 * </pre>
 */
public final class InitialSyncBenchmark {
    private static final String PASSWORD = "bench-password-1";
    private static final String INBOX = "2";
    private static final SyncOptions SMS = SyncOptions.sms(0, 512L);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[2]);
        int window = Integer.parseInt(args[3]);
        List<String> psql =
                args.length > 4
                        ? Arrays.asList(Arrays.copyOfRange(args, 4, args.length))
                        : List.of("-h", "127.0.0.1", "-U", "postgres", "eas_local");
        String user = "bench" + UUID.randomUUID().toString().substring(0, 8);
        new AdminApi(url, args[1]).createUser(user, PASSWORD);

        EasClient phone = new EasClient(url, user, PASSWORD, "bench-phone", "Bench");
        new EasDevice(phone).provision();
        String key = sync(phone, "0", null, List.of()).syncKey();
        HttpClient http = HttpClient.newHttpClient();
        ServiceMetrics filingBefore = ServiceMetrics.scrape(http, url);
        long filingStart = System.nanoTime();
        for (int filed = 0; filed < count; filed += 100) {
            List<SyncCommand> adds = new ArrayList<>();
            for (int i = filed; i < Math.min(count, filed + 100); i++) {
                adds.add(
                        SyncCommand.clientAdd(
                                ItemClass.SMS.text(),
                                "c" + i,
                                MessageData.sms(
                                        "\"Me\" [MOBILE:+14255550123]",
                                        "\"Friend " + i + "\" [MOBILE:+1425555" + (i % 10000) + "]",
                                        Instant.now().minusSeconds(count - i),
                                        "Message " + i + ": see you at the café at 8? 🙂")));
            }
            key = sync(phone, key, null, adds).syncKey();
        }
        System.out.printf(
                Locale.ROOT,
                "filed %d SMS in the Inbox of %s (100 Adds per Sync) in %.2f s%n",
                count,
                user,
                (System.nanoTime() - filingStart) / 1e9);
        // The server's side of the same: "under 1 s of server time" is read here, apart from the
        // client's encoding and the HTTP hops on a machine the driver shares with the server.
        ServiceMetrics filingAfter = ServiceMetrics.scrape(http, url);
        int filings = (count + 99) / 100;
        double serverSeconds = delta(filingBefore, filingAfter, SYNC_SECONDS);
        System.out.printf(
                Locale.ROOT,
                "filing in sync-service: %.2f s from decoded request to answer over %d Syncs"
                        + " (%.1f ms each), of which %.2f s in SQL; %.1f SQL statements per Sync%n",
                serverSeconds,
                filings,
                serverSeconds * 1000 / filings,
                delta(filingBefore, filingAfter, SQL_SECONDS),
                delta(filingBefore, filingAfter, STATEMENTS) / filings);

        EasClient tablet = new EasClient(url, user, PASSWORD, "bench-tablet", "Bench");
        new EasDevice(tablet).provision();
        long[] before = databaseCounters(psql);
        ServiceMetrics sqlBefore = ServiceMetrics.scrape(http, url);
        long start = System.nanoTime();
        String tabletKey = sync(tablet, "0", window, List.of()).syncKey();
        int windows = 0;
        int received = 0;
        List<Long> perWindow = new ArrayList<>();
        boolean more = true;
        while (more) {
            long t0 = System.nanoTime();
            SyncCollectionResponse page = sync(tablet, tabletKey, window, List.of());
            perWindow.add(System.nanoTime() - t0);
            tabletKey = page.syncKey();
            received += page.commands().size();
            more = page.moreAvailable();
            windows++;
        }
        long total = System.nanoTime() - start;
        ServiceMetrics sqlAfter = ServiceMetrics.scrape(http, url);
        long[] after = databaseCounters(psql);
        if (received != count) {
            throw new IllegalStateException("received " + received + " of " + count);
        }
        perWindow.sort(null);
        int requests = windows + 1;
        System.out.printf(
                Locale.ROOT,
                "initial sync of %d SMS, WindowSize %d: %d requests, total %.2f s;"
                        + " per window p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                count,
                window,
                requests,
                total / 1e9,
                perWindow.get(perWindow.size() / 2) / 1e6,
                perWindow.get((int) Math.ceil(perWindow.size() * 0.99) - 1) / 1e6,
                perWindow.get(perWindow.size() - 1) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "sync-service per request: %.1f SQL statements (BEGIN and COMMIT not counted),"
                        + " %.2f ms in SQL, %.1f connection checkouts%n",
                delta(sqlBefore, sqlAfter, STATEMENTS) / requests,
                delta(sqlBefore, sqlAfter, SQL_SECONDS) * 1000 / requests,
                delta(sqlBefore, sqlAfter, CHECKOUTS) / requests);
        System.out.printf(
                Locale.ROOT,
                "PostgreSQL per request, on eas_ tables: %.1f scans (seq+index), %.1f rows read"
                        + " by index%n",
                (after[0] - before[0]) / (double) requests,
                (after[1] - before[1]) / (double) requests);
    }

    private static final String STATEMENTS = "postgresql_completed_total{";
    private static final String SQL_SECONDS = "postgresql_processing_seconds_sum{";
    private static final String CHECKOUTS = "sql_pool_completed_total{";
    private static final String SYNC_SECONDS = "eas_command_seconds_sum{command=\"Sync\"";

    private static double delta(ServiceMetrics before, ServiceMetrics after, String series) {
        return after.value(series) - before.value(series);
    }

    private static SyncCollectionResponse sync(
            EasClient client, String key, Integer window, List<SyncCommand> commands)
            throws IOException, InterruptedException {
        SyncRequest request =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        key, INBOX, false, null, window, List.of(SMS), commands)),
                        null,
                        null,
                        null,
                        false);
        EasClient.Reply reply =
                client.post("Sync", SyncCodec.encodeRequest(request), Duration.ofSeconds(60));
        if (reply.status() != 200 || reply.body() == null) {
            throw new IllegalStateException("Sync answered HTTP " + reply.status());
        }
        SyncResponse response = SyncCodec.decodeResponse(reply.body());
        SyncCollectionResponse collection = response.collections().get(0);
        if (collection.status() != 1) {
            throw new IllegalStateException("Sync status " + collection.status());
        }
        return collection;
    }

    /**
     * Scans and index rows of the service's tables. A backend flushes its statistics when it goes
     * idle, but at most once a second and otherwise ten seconds later, hence the pause.
     */
    private static long[] databaseCounters(List<String> psql)
            throws IOException, InterruptedException {
        Thread.sleep(11_000);
        List<String> command = new ArrayList<>();
        command.add("psql");
        command.addAll(psql);
        command.addAll(
                List.of(
                        "-Atc",
                        "select sum(seq_scan + coalesce(idx_scan, 0)) || ' '"
                                + " || sum(coalesce(idx_tup_fetch, 0))"
                                + " from pg_stat_user_tables where relname like 'eas\\_%'"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        String[] parts = out.trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
