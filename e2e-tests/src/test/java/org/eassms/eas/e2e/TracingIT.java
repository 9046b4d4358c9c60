package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eassms.eas.e2e.OtlpTraceReceiver.ReceivedSpan;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.testsupport.eas.EasDevice;
import org.junit.jupiter.api.Test;

/**
 * "My SMS did not go out": one SMS can be followed in one trace from the request that queued it,
 * through the outbox and Kafka, relay-dispatcher and the Redis wake, to the phone's woken look; and
 * a phone's registration as transport from its Settings command through settings-service to
 * relay-dispatcher. The three jars export OTLP to a receiver inside the test (ADR 10).
 */
class TracingIT extends WholeSystemIT {
    private static final Pattern TRACE_ID = Pattern.compile("\"traceId\":\"([0-9a-f]{32})\"");
    private static final Pattern SMS_ID = Pattern.compile("\"id\":([0-9]+)");

    @Test
    void oneRelayedSmsIsOneTraceFromItsPostToThePhonesWokenLook() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);
        CompletableFuture<List<MessageData>> sent = Scenario.hang(system, phone::relayOnce);

        HttpResponse<String> posted =
                tablet.client()
                        .json("POST", "/api/sms", "{\"to\":\"+14255550143\",\"body\":\"Traced\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals("Traced", sent.get(5, TimeUnit.SECONDS).get(0).body().data());

        String smsId = group(SMS_ID, posted.body());
        HttpResponse<String> status = tablet.client().json("GET", "/api/sms/" + smsId, null);
        assertEquals(200, status.statusCode());
        String traceId = group(TRACE_ID, status.body());

        // The woken look is the last span of the path; once it arrived, so did the others.
        ReceivedSpan woken =
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () -> find(traceId, "eas.hanging.woken", "sync-service"),
                                Optional::isPresent)
                        .orElseThrow();
        List<ReceivedSpan> trace = system.traces().trace(traceId);

        ReceivedSpan queued =
                trace.stream()
                        .filter(span -> "sync-service".equals(span.service()))
                        .filter(span -> smsId.equals(span.attribute("eas.sms.id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no span of the POST: " + trace));
        assertEquals("", queued.parentSpanId(), "the POST started the trace: " + queued);

        ReceivedSpan dispatch =
                find(traceId, "eas.relay.dispatch", "relay-dispatcher").orElseThrow();
        assertEquals(smsId, dispatch.attribute("eas.sms.id"));
        assertEquals("1", dispatch.attribute("eas.wakes"));
        ReceivedSpan publication = parentOf(trace, dispatch);
        assertEquals(
                "sync-service",
                publication.service(),
                "the dispatch continues the outbox's publication through the Kafka headers: "
                        + publication);

        assertEquals(dispatch.spanId(), woken.parentSpanId(), "the wake carried the dispatch's");
        assertEquals("true", woken.attribute("eas.news"));
        assertEquals("phone-" + user, woken.attribute("eas.device.id"));
        assertEquals(1, woken.linkedSpanIds().size(), "linked to the phone's hanging request");

        // The JSON log line of the SMS entering the Outbox names its trace.
        assertTrue(
                system.syncLog()
                        .lines()
                        .anyMatch(
                                line ->
                                        line.contains("SMS " + smsId + " queued")
                                                && line.contains(traceId)),
                "the log line of SMS " + smsId + " carries trace " + traceId);
    }

    @Test
    void aPhonesRegistrationIsOneTraceAcrossTheThreeServices() throws Exception {
        String user = Scenario.newUser(system);
        EasDevice device = Scenario.device(system, user, "phone-" + user);
        device.provision();
        device.folderSync();
        PhoneSimulator phone = new PhoneSimulator(device, Scenario.NUMBER, Scenario.NAME, 60);
        // A traced client: the server's spans join the trace it names.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        device.client()
                .traceparent(
                        "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        assertEquals(1, phone.register().deviceInformationStatus());

        Set<String> services =
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        system.traces().trace(traceId).stream()
                                                .map(ReceivedSpan::service)
                                                .collect(Collectors.toSet()),
                                seen -> seen.size() == 3);
        assertEquals(Set.of("sync-service", "settings-service", "relay-dispatcher"), services);
    }

    private static Optional<ReceivedSpan> find(String traceId, String name, String service) {
        return system.traces().trace(traceId).stream()
                .filter(span -> name.equals(span.name()) && service.equals(span.service()))
                .findFirst();
    }

    private static ReceivedSpan parentOf(List<ReceivedSpan> trace, ReceivedSpan child) {
        return trace.stream()
                .filter(span -> span.spanId().equals(child.parentSpanId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no parent of " + child + " in " + trace));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        assertNotNull(matcher.group(1));
        return matcher.group(1);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C calls invalid
        return bytes;
    }
}
