package org.eassms.eas.relay.wake;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;

/**
 * Wakes whichever of a user's devices hang right now, each on the channel of the replica that holds
 * it ({@link RedisNames#hangKey}, written by sync-service while the request hangs), in one Redis
 * round trip: a script reads the event's dedupe mark and the devices' registrations and publishes
 * the {@link Wake}s. Asking first and publishing after took two round trips, each about a
 * millisecond on the wake's path (BENCHMARKS.md, ADR 13).
 *
 * <p>The script names every key it reads, so it would run on a Redis Cluster only if those keys
 * shared a slot; the deployment runs one Redis (deploy/README.md).
 */
@ApplicationScoped
public class HangingDeviceWaker {
    /**
     * KEYS[1] the event's dedupe mark, KEYS[2..n] the hang keys of the user's transports; ARGV[1]
     * how long the mark lasts (seconds), ARGV[2] the prefix of a replica's wake channel,
     * ARGV[3..n+1] each transport's wake. Answers -1 for an event handled before, else for each
     * transport the replica woken or "". The mark is set with the wakes, atomically: a redelivered
     * event wakes nobody twice, and a dispatcher that dies before the script ran leaves the event
     * to the next one.
     */
    private static final String SCRIPT =
            """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return -1
            end
            local woken = {}
            for i = 2, #KEYS do
              local replica = redis.call('GET', KEYS[i])
              if replica then
                redis.call('PUBLISH', ARGV[2] .. replica, ARGV[i + 1])
                woken[i - 1] = replica
              else
                woken[i - 1] = ''
              end
            end
            redis.call('SET', KEYS[1], '1', 'EX', ARGV[1])
            return woken
            """;

    private static final String SHA1 = sha1(SCRIPT);

    /** What one event's wakes came to. */
    public record Outcome(boolean alreadyHandled, Map<String, String> woken) {
        static final Outcome HANDLED_BEFORE = new Outcome(true, Map.of());
        static final Outcome NOBODY = new Outcome(false, Map.of());
    }

    private final ReactiveRedisDataSource redis;

    HangingDeviceWaker(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /**
     * Fails only when Redis does. A replica that is not subscribed right now misses its wake, and
     * looks for what it missed once it is subscribed again (sync-service's WakeChannel).
     *
     * @param seenKey the event's dedupe mark: if it is set, nothing is published; else it is set
     * @param remembered how long the mark lasts
     * @param traceparent the dispatch's trace context, for the woken request's look; null if none
     * @return the devices woken, each with the replica that holds it
     */
    public Uni<Outcome> wake(
            String seenKey,
            Duration remembered,
            long userId,
            List<String> deviceIds,
            String traceparent) {
        if (deviceIds.isEmpty()) {
            return Uni.createFrom().item(Outcome.NOBODY);
        }
        List<String> arguments = new ArrayList<>(4 + 2 * deviceIds.size());
        arguments.add(String.valueOf(1 + deviceIds.size()));
        arguments.add(seenKey);
        deviceIds.forEach(device -> arguments.add(RedisNames.hangKey(userId, device)));
        arguments.add(String.valueOf(Math.max(1, remembered.toSeconds())));
        arguments.add(RedisNames.wakeChannel(""));
        deviceIds.forEach(device -> arguments.add(new Wake(userId, device, traceparent).encode()));
        return run(arguments).map(answer -> outcome(answer, deviceIds));
    }

    /**
     * EVALSHA, so the script's text travels once; after a Redis restart the script cache is empty
     * (NOSCRIPT) and EVAL sends it again.
     */
    private Uni<Response> run(List<String> arguments) {
        return execute("EVALSHA", SHA1, arguments)
                .onFailure(failure -> String.valueOf(failure.getMessage()).startsWith("NOSCRIPT"))
                .recoverWithUni(() -> execute("EVAL", SCRIPT, arguments));
    }

    private Uni<Response> execute(String command, String script, List<String> arguments) {
        String[] all = new String[arguments.size() + 1];
        all[0] = script;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return redis.execute(command, all);
    }

    private static Outcome outcome(Response answer, List<String> deviceIds) {
        if (answer.type() == ResponseType.NUMBER) {
            return Outcome.HANDLED_BEFORE;
        }
        Map<String, String> woken = new LinkedHashMap<>();
        for (int i = 0; i < answer.size() && i < deviceIds.size(); i++) {
            String replica = answer.get(i).toString();
            if (!replica.isEmpty()) {
                woken.put(deviceIds.get(i), replica);
            }
        }
        return new Outcome(false, woken);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-1")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
