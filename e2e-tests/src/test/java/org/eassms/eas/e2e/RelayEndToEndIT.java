package org.eassms.eas.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.testsupport.eas.EasDevice;
import org.junit.jupiter.api.Test;

/**
 * MS-ASMS 3.1.5.1 across the real system: a phone registers as SMS transport and hangs on its
 * Outbox; an SMS put into the Outbox by a tablet (Sync Add) or a web page (POST /api/sms) reaches
 * the phone through the outbox relay, Kafka, relay-dispatcher and Redis; the phone files it in Sent
 * Items, where the tablet finds it.
 */
class RelayEndToEndIT extends WholeSystemIT {
    private static final String NUMBER = Scenario.NUMBER;
    private static final String NAME = Scenario.NAME;

    /** Starts the phone's hanging Sync and waits until sync-service holds it. */
    private static CompletableFuture<List<MessageData>> hang(PhoneSimulator phone)
            throws Exception {
        return Scenario.hang(system, phone::relayOnce);
    }

    @Test
    void anSmsAddedByATabletIsRelayedByThePhoneAndFiledInSentItems() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);

        CompletableFuture<List<MessageData>> sent = hang(phone);
        tablet.addSms(
                Folder.OUTBOX,
                MessageData.sms(
                        "\"Bob\" [MOBILE:+14255550143]", null, Instant.now(), "Dinner at 8? 🍝"));
        List<MessageData> relayed = sent.get(2, TimeUnit.SECONDS);
        assertEquals(1, relayed.size());
        assertEquals("Dinner at 8? 🍝", relayed.get(0).body().data());

        SyncCommand filed = sentItemOf(tablet);
        assertEquals("\"" + NAME + "\" [MOBILE:" + NUMBER + "]", filed.data().from());
        assertEquals("Dinner at 8? 🍝", filed.data().body().data());
        assertEquals("\"Bob\" [MOBILE:+14255550143]", filed.data().to());

        // The administrator's view of the user's devices knows which one relays, and its number.
        HttpResponse<String> devices =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        system.syncUrl()
                                                                + "/admin/users/"
                                                                + user
                                                                + "/devices"))
                                        .header(
                                                "Authorization",
                                                "Bearer " + SystemUnderTest.ADMIN_TOKEN)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, devices.statusCode());
        assertTrue(
                devices.body().contains("\"smsTransport\":true,\"phoneNumber\":\"" + NUMBER + "\""),
                devices.body());
        assertTrue(devices.body().contains("\"smsTransport\":false"), "the tablet does not relay");
    }

    @Test
    void anSmsPostedByAWebPageIsRelayedTheSameWay() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);

        CompletableFuture<List<MessageData>> sent = hang(phone);
        HttpResponse<String> posted =
                tablet.client()
                        .json(
                                "POST",
                                "/api/sms",
                                "{\"to\":\"+14255550143\",\"body\":\"Posted from the web\"}");
        assertEquals(201, posted.statusCode());
        assertEquals("Posted from the web", sent.get(2, TimeUnit.SECONDS).get(0).body().data());
        SyncCommand filed = sentItemOf(tablet);
        assertEquals("\"" + NAME + "\" [MOBILE:" + NUMBER + "]", filed.data().from());

        String id = posted.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertTrue(
                tablet.client().json("GET", "/api/sms/" + id, null).body().contains("\"sent\""),
                "the phone filed it in Sent Items: MS-ASMS 3.1.5.1 step 4");
    }

    @Test
    void aPhoneThatPingsItsOutboxIsWokenAndRelaysTheSms() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);

        CompletableFuture<List<MessageData>> sent = Scenario.hang(system, phone::relayOnceByPing);
        tablet.addSms(
                Folder.OUTBOX,
                MessageData.sms("\"Bob\" [MOBILE:+14255550143]", null, Instant.now(), "Pinged"));
        List<MessageData> relayed = sent.get(2, TimeUnit.SECONDS);
        assertEquals(1, relayed.size(), "MS-ASCMD 2.2.1.13: Ping status 2 names the Outbox");
        assertEquals("Pinged", relayed.get(0).body().data());
        assertEquals("\"" + NAME + "\" [MOBILE:" + NUMBER + "]", sentItemOf(tablet).data().from());
    }

    /**
     * The tablet's view of the Inbox the phone fills with received texts: GetItemEstimate counts
     * SMS only under an SMS block and within its FilterType (MS-ASMS 3.1.4.2, 3.1.4.1.1.2), Sync
     * sends what the filter admits, and once the tablet drops its SMS block the texts are
     * soft-deleted and no longer sent (MS-ASMS 3.1.4.1.1.1).
     */
    @Test
    void theTabletsViewFollowsItsFilterEstimateAndStickyOptions() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);
        SyncOptions oneWeekOfSms = new SyncOptions("SMS", 3, List.of(), null, null, null, null);
        SyncOptions mail = new SyncOptions(null, null, List.of(), null, null, null, null);
        tablet.sync(tablet.folder(Folder.INBOX), List.of(oneWeekOfSms, mail), List.of(), null);

        phone.receive("\"Bob\" [MOBILE:+14255550143]", "today", Instant.now());
        phone.receive(
                "\"Bob\" [MOBILE:+14255550143]",
                "yesterday",
                Instant.now().minus(Duration.ofDays(1)));
        phone.receive(
                "\"Bob\" [MOBILE:+14255550143]",
                "long ago",
                Instant.now().minus(Duration.ofDays(10)));

        assertEquals(2, tablet.estimate(Folder.INBOX, List.of(oneWeekOfSms, mail)).estimate());
        assertEquals(0, tablet.estimate(Folder.INBOX, List.of(mail)).estimate());
        SyncCollectionResponse week =
                tablet.sync(tablet.folder(Folder.INBOX), List.of(), List.of(), null);
        assertEquals(
                List.of("today", "yesterday"),
                week.commands().stream().map(c -> c.data().body().data()).sorted().toList());

        SyncCollectionResponse dropped =
                tablet.sync(tablet.folder(Folder.INBOX), List.of(mail), List.of(), null);
        assertEquals(2, dropped.commands().size());
        assertTrue(
                dropped.commands().stream()
                        .allMatch(c -> c.type() == SyncCommand.Type.SOFT_DELETE));
        phone.receive("\"Bob\" [MOBILE:+14255550143]", "after the drop", Instant.now());
        assertEquals(null, tablet.sync(tablet.folder(Folder.INBOX), List.of(), List.of(), null));
    }

    private static SyncCommand sentItemOf(EasDevice tablet) throws Exception {
        SyncCollectionResponse changes =
                tablet.sync(tablet.folder(Folder.SENT_ITEMS), List.of(), null);
        return changes.commands().stream()
                .filter(c -> c.type() == SyncCommand.Type.ADD)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The dashboard and the alerts in deploy/monitoring name only metrics the running services
     * export: a renamed meter would otherwise leave an empty panel or an alert that never fires.
     */
    @Test
    void everyMetricTheDashboardAndTheAlertsNameIsExported() throws Exception {
        Path monitoring = Path.of("..").toAbsolutePath().normalize().resolve("deploy/monitoring");
        String named =
                Files.readString(monitoring.resolve("eas-sms-dashboard.json"))
                        + Files.readString(monitoring.resolve("alerts.yaml"));
        Set<String> exported = system.exportedMetricNames();
        Matcher metric = Pattern.compile("\\b(?:eas|kafka_consumer)_[a-z_]+\\b").matcher(named);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        while (metric.find()) {
            checked++;
            if (!exported.contains(metric.group())) {
                missing.add(metric.group());
            }
        }
        assertTrue(checked > 20, "the dashboard and alerts name metrics: " + checked);
        assertEquals(Set.of(), missing, "named in deploy/monitoring, exported by no service");
    }

    /**
     * scripts/eas-admin, the administrator's command line, against the running system: it lists the
     * user's devices with the one that relays, removes a partnership, and says plainly when the
     * user does not exist.
     */
    @Test
    void theAdministratorsCommandLineListsAndRemovesDevices() throws Exception {
        String user = Scenario.newUser(system);
        Scenario.registeredPhone(system, user);
        String phone = "phone-" + user;

        Cli listed = adminCli("devices", user);
        assertEquals(0, listed.exit(), listed.output());
        String line =
                listed.output().lines().filter(l -> l.startsWith(phone)).findFirst().orElseThrow();
        assertTrue(line.matches(".*\\btrue\\s+.*\\btrue\\s+\\" + NUMBER + "$"), line);
        // What the phone told Settings of itself, and the protocol version it speaks.
        assertTrue(line.contains("EAS SMS simulator") && line.contains(" 14.1 "), line);

        Cli removed = adminCli("remove-device", user, phone);
        assertEquals(0, removed.exit(), removed.output());
        Cli after = adminCli("devices", user);
        assertTrue(
                after.output().lines().noneMatch(l -> l.startsWith(phone)),
                "the partnership is gone until the phone provisions again: " + after.output());

        // AllowTextMessaging off: the user's SMS are refused at the door.
        Cli off = adminCli("text-messaging", user, "off");
        assertEquals(0, off.exit(), off.output());
        HttpResponse<String> refused =
                Scenario.device(system, user, "web-" + user)
                        .client()
                        .json("POST", "/api/sms", "{\"to\":\"+14255550143\",\"body\":\"no\"}");
        assertEquals(403, refused.statusCode(), refused.body());

        Cli unknown = adminCli("devices", "nobody-" + user);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.output().contains("HTTP 404"), unknown.output());
    }

    private record Cli(int exit, String output) {}

    private static Cli adminCli(String... arguments) throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/eas-admin"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("EAS_URL", system.syncUrl());
        builder.environment().put("EAS_ADMIN_TOKEN", SystemUnderTest.ADMIN_TOKEN);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Cli(process.exitValue(), output);
    }
}
