package org.eassms.eas.sync.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: thousands of generated hostile requests against the running service (its real
 * PostgreSQL and Redis): damaged WBXML of every command, damaged queries, headers, credentials and
 * JSON. None may be answered 5xx or take over 5 s, and a normal session works afterwards. {@code
 * -Dhostile.requests=N} and {@code -Dhostile.seed=S} size and replay a run; the seed is printed.
 */
@QuarkusTest
class HostileInputTest {
    private static final int REQUESTS = Integer.getInteger("hostile.requests", 10_000);
    private static final Duration SLOWEST = Duration.ofSeconds(5);
    private static final int IN_FLIGHT = 8;
    private static final String PATH = "/Microsoft-Server-ActiveSync";

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    /** One generated request and what it was, for the report. */
    private record Attempt(String what, HttpRequest request) {}

    @Test
    void nothingAClientSendsIsAServerErrorOrHangs() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        System.out.printf("HOSTILE-INPUT | %d requests, seed %d%n", REQUESTS, seed);
        EasTestClient fuzzer = EasTestClient.newUser("14.1");
        Generator generate = new Generator(new Mutations(new Random(seed)), fuzzer);

        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < REQUESTS; i++) {
            Attempt attempt = generate.next();
            inFlight.acquire();
            long sent = System.nanoTime();
            http.sendAsync(attempt.request(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete(
                            (response, failure) -> {
                                Duration took = Duration.ofNanos(System.nanoTime() - sent);
                                if (failure != null) {
                                    problems.add(attempt.what() + " -> " + failure);
                                } else if (response.statusCode() >= 500) {
                                    problems.add(attempt.what() + " -> " + response.statusCode());
                                } else if (took.compareTo(SLOWEST) > 0) {
                                    problems.add(attempt.what() + " -> took " + took);
                                } else {
                                    answered.incrementAndGet();
                                }
                                // Only once counted: the last permit back means every answer is in.
                                inFlight.release();
                            });
        }
        inFlight.acquire(IN_FLIGHT);

        assertEquals(
                List.of(),
                problems.stream().limit(20).toList(),
                problems.size() + " of " + REQUESTS + " requests failed (seed " + seed + ")");
        assertEquals(REQUESTS, answered.get());
        aNormalSessionStillWorks();
    }

    private void aNormalSessionStillWorks() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        var response =
                phone.post("FolderSync", FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")));
        assertEquals(200, response.statusCode());
        assertEquals(
                1,
                FolderSyncCodec.decodeResponse(EasTestClient.decode(response)).status(),
                "FolderSync after the hostile requests");
        assertTrue(
                FolderSyncCodec.decodeResponse(EasTestClient.decode(response)).added().size() > 3);
    }

    /** Draws the requests, each from the one seeded random, so a run can be replayed. */
    private final class Generator {
        private final Mutations damage;
        private final EasTestClient user;
        private final Map<String, byte[]> seeds = Seeds.requests();
        private final List<String> commands;

        Generator(Mutations damage, EasTestClient user) {
            this.damage = damage;
            this.user = user;
            this.commands = seeds.keySet().stream().sorted().toList();
        }

        Attempt next() {
            String command = commands.get(damage.nextInt(commands.size()));
            int kind = damage.nextInt(20);
            if (kind < 10) {
                return activeSync(
                        "damaged WBXML of " + command,
                        query(command),
                        damage.damage(seeds.get(command)),
                        "14.1",
                        user());
            }
            if (kind < 12) {
                return activeSync(
                        "damaged query", damagedQuery(command), seeds.get(command), "14.1", user());
            }
            if (kind == 12) {
                return activeSync(
                        "base64 query of random bytes",
                        base64Query(),
                        seeds.get(command),
                        "14.1",
                        user());
            }
            if (kind == 13) {
                String version =
                        damage.damage("14.1").replaceAll("[\\p{Cntrl}\\uD800-\\uDFFF]", "?");
                return activeSync(
                        "protocol version " + version,
                        query(command),
                        seeds.get(command),
                        version,
                        user());
            }
            if (kind < 16) {
                String credentials = credentials();
                return activeSync(
                        "credentials " + credentials,
                        query(command),
                        seeds.get(command),
                        "14.1",
                        credentials);
            }
            if (kind == 16) {
                return activeSync(
                        "random bytes as " + command,
                        query(command),
                        damage.randomBytes(damage.nextInt(512)),
                        "14.1",
                        user());
            }
            if (kind < 19) {
                return json("/api/sms", damage.damage(Seeds.NEW_SMS), user());
            }
            return json(
                    "/admin/users",
                    damage.damage(Seeds.NEW_USER),
                    "Bearer " + EasTestClient.ADMIN_TOKEN);
        }

        private String user() {
            return EasTestClient.basic(user.username(), EasTestClient.PASSWORD);
        }

        private String query(String command) {
            return "Cmd="
                    + command
                    + "&User="
                    + user.username()
                    + "&DeviceId="
                    + user.deviceId()
                    + "&DeviceType=Fuzz";
        }

        private String damagedQuery(String command) {
            String[] values = {command, user.username(), user.deviceId(), "Fuzz"};
            int which = damage.nextInt(values.length);
            values[which] = damage.damage(values[which]);
            return "Cmd="
                    + enc(values[0])
                    + "&User="
                    + enc(values[1])
                    + "&DeviceId="
                    + enc(values[2])
                    + "&DeviceType="
                    + enc(values[3]);
        }

        /** MS-ASHTTP 2.2.1.1.1.1 form, of random bytes, raw '+' and '/' left as clients do. */
        private String base64Query() {
            return Base64.getEncoder().encodeToString(damage.randomBytes(4 + damage.nextInt(60)));
        }

        private String credentials() {
            return switch (damage.nextInt(5)) {
                case 0 ->
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                damage.randomBytes(1 + damage.nextInt(300)));
                case 1 ->
                        "Basic "
                                + damage.damage("dXNlcjpwYXNz")
                                        .replaceAll("[\\p{Cntrl}\\uD800-\\uDFFF]", "?");
                case 2 ->
                        EasTestClient.basic(damage.damage(user.username()), EasTestClient.PASSWORD);
                case 3 ->
                        EasTestClient.basic(user.username(), damage.damage(EasTestClient.PASSWORD));
                default -> "Bearer " + damage.nextInt(1000);
            };
        }

        private Attempt activeSync(
                String what, String query, byte[] body, String version, String authorization) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(PATH + "?" + query))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/vnd.ms-sync.wbxml")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!version.isEmpty()) {
                request.header("MS-ASProtocolVersion", version);
            }
            if (isHeaderSafe(authorization)) {
                request.header("Authorization", authorization);
            }
            return new Attempt(what, request.build());
        }

        private Attempt json(String path, String body, String authorization) {
            return new Attempt(
                    "JSON to " + path + ": " + body.substring(0, Math.min(80, body.length())),
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build());
        }

        /** What java.net.http lets through: printable ASCII and Latin-1, no control characters. */
        private static boolean isHeaderSafe(String value) {
            return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c > 0x9F && c <= 0xFF);
        }

        private static String enc(String value) {
            return URLEncoder.encode(
                    value.replaceAll("[\\uD800-\\uDFFF]", "?"), StandardCharsets.UTF_8);
        }
    }
}
