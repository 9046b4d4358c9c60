package org.eassms.eas.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * The load run's phones, set up once and reused: creating a user costs a bcrypt hash and a phone
 * six requests (Provision twice, FolderSync, Settings EnableOutboundSMS, two primed folders), so
 * the roster file keeps what each phone needs to hang again at once (its policy key, Outbox id and
 * SyncKey). Phones missing from the file are set up on a few threads (setting up is the only
 * blocking part of the driver).
 */
final class PhoneRoster {
    static final String PASSWORD = "load-password-1";

    private final Path file;
    private final String url;
    private final String adminToken;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    PhoneRoster(Path file, String url, String adminToken) {
        this.file = file;
        this.url = url;
        this.adminToken = adminToken;
    }

    /** The first {@code count} phones, setting up those the file does not hold yet. */
    List<LoadPhone> phones(int count, int threads) throws Exception {
        List<LoadPhone> phones = new ArrayList<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size() && i < count; i++) {
                phones.add(LoadPhone.parse(i, lines.get(i)));
            }
        }
        int reused = phones.size();
        if (reused < count) {
            System.out.printf("setting up phones %d to %d%n", reused, count - 1);
            phones.addAll(setUp(reused, count, threads));
        }
        System.out.printf("%d phones: %d reused, %d set up%n", count, reused, count - reused);
        save(phones);
        return phones;
    }

    /** Writes the phones' state back, with their SyncKeys as they are now. */
    void save(List<LoadPhone> phones) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            lines.addAll(Files.readAllLines(file));
        }
        for (LoadPhone phone : phones) {
            if (phone.index < lines.size()) {
                lines.set(phone.index, phone.line());
            } else {
                lines.add(phone.line());
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.write(written, lines);
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<LoadPhone> setUp(int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<LoadPhone>> pending = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int index = i;
                pending.add(
                        pool.submit(
                                () -> {
                                    LoadPhone phone = setUp(index);
                                    int n = done.incrementAndGet();
                                    if (n % 1000 == 0) {
                                        System.out.printf("  %d set up%n", n);
                                    }
                                    return phone;
                                }));
            }
            List<LoadPhone> phones = new ArrayList<>();
            for (Future<LoadPhone> phone : pending) {
                phones.add(phone.get());
            }
            return phones;
        } finally {
            pool.shutdownNow();
        }
    }

    private LoadPhone setUp(int index) throws Exception {
        String user = "load" + index;
        createUser(user);
        String deviceId = "loadphone" + index;
        EasDevice device = new EasDevice(new EasClient(url, user, PASSWORD, deviceId, "Load"));
        new PhoneSimulator(device, String.format("+1425%07d", index), "Load phone " + index, 600)
                .register();
        String outbox = device.folder(Folder.OUTBOX);
        return new LoadPhone(
                index, user, deviceId, device.client().policyKey(), outbox, device.syncKey(outbox));
    }

    /** Creates the user; one that exists already (a roster file lost) is fine. */
    private void createUser(String user) throws IOException, InterruptedException {
        String body =
                "{\"username\":\"%s\",\"password\":\"%s\",\"email\":\"%s@example.org\"}"
                        .formatted(user, PASSWORD, user);
        int status =
                http.send(
                                HttpRequest.newBuilder(URI.create(url + "/admin/users"))
                                        .header("Authorization", "Bearer " + adminToken)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating user " + user + ": HTTP " + status);
        }
    }
}
