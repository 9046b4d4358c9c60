package org.eassms.eas.sync.hanging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ProtocolVersion;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eassms.eas.contract.ChangeNotice;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;
import org.eassms.eas.sync.config.SyncConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's subscription to its wake channel and to the change broadcast, kept alive: a
 * dedicated Redis connection that is subscribed again, with backoff, whenever it is lost (Redis
 * restarted, the connection reset, or it stopped answering the periodic PING).
 *
 * <p>While it is down, wakes cannot arrive: readiness says so ({@link WakeChannelCheck}), the gauge
 * {@code eas_wake_channel_up} is 0, one WARN is logged per outage, and every hanging request is
 * woken every {@code fallback-look} to look at the database, so an SMS waits seconds, never a
 * heartbeat. When it is back: one INFO, every hanging request is registered in Redis again (a
 * restarted Redis is empty) and woken once to look for what it missed.
 *
 * <p>Messages are handled on the connection's event loop: they only complete waiting Unis.
 */
@ApplicationScoped
public class WakeChannel {
    private static final Logger LOG = Logger.getLogger(WakeChannel.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(50);

    /**
     * While the channel is down, one slice of the hanging requests looks at a time, one slice per
     * tick, so each looks once per {@code fallback-look} and thousands of them do not hit the
     * database in the same instant.
     */
    private static final Duration FALLBACK_TICK = Duration.ofMillis(500);

    private final Vertx vertx;
    private final WakeRegistry registry;
    private final HangingRequests hanging;
    private final ReplicaIdentity replica;
    private final SyncConfig.Hanging config;
    private final RedisOptions options;
    private final Counter wakesReceived;
    private final Counter outages;

    private Redis client;
    private RedisConnection connection;
    private boolean up;
    private boolean stopped;
    private int confirmedChannels;
    private long downSinceNanos = System.nanoTime();
    private long lastHeardNanos;
    private Duration nextRetry = FIRST_RETRY;
    private long fallbackTimer = -1;
    private long pingTimer = -1;
    private final int fallbackSlices;
    private int fallbackTick;

    WakeChannel(
            Vertx vertx,
            WakeRegistry registry,
            HangingRequests hanging,
            ReplicaIdentity replica,
            SyncConfig config,
            MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.redis.hosts") String hosts,
            @ConfigProperty(name = "quarkus.redis.password") Optional<String> password) {
        this.vertx = vertx;
        this.registry = registry;
        this.hanging = hanging;
        this.replica = replica;
        this.config = config.hanging();
        this.fallbackSlices =
                (int) Math.max(1, this.config.fallbackLook().toMillis() / FALLBACK_TICK.toMillis());
        // A connection of its own, not one of the pool's: a subscribed connection can do nothing
        // else, and its loss must be noticed here.
        this.options =
                new RedisOptions()
                        .setConnectionString(hosts.split(",")[0].trim())
                        .setPreferredProtocolVersion(ProtocolVersion.RESP2)
                        .setPoolName("wake-channel");
        password.ifPresent(options::setPassword);
        this.wakesReceived =
                Counter.builder("eas.wakes.received")
                        .description("wakes for devices hanging here, from relay-dispatcher")
                        .register(metrics);
        this.outages =
                Counter.builder("eas.wake.channel.outages")
                        .description("times the wake channel was lost")
                        .register(metrics);
        Gauge.builder("eas.wake.channel.up", this, channel -> channel.isUp() ? 1 : 0)
                .description("1 while this replica can receive wakes")
                .strongReference(true)
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        client = Redis.createClient(vertx, options);
        fallbackTimer = vertx.setPeriodic(config.fallbackLook().toMillis(), id -> lookWhileDown());
        pingTimer = vertx.setPeriodic(config.channelPing().toMillis(), id -> ping());
        connect();
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            stopped = true;
        }
        vertx.cancelTimer(fallbackTimer);
        vertx.cancelTimer(pingTimer);
        RedisConnection current = connection;
        if (current != null) {
            current.close().subscribe().with(ignored -> {}, ignored -> {});
        }
        if (client != null) {
            client.close();
        }
    }

    /** True while this replica is subscribed and can receive wakes. */
    public synchronized boolean isUp() {
        return up;
    }

    private void connect() {
        synchronized (this) {
            if (stopped) {
                return;
            }
        }
        client.connect()
                .subscribe()
                .with(
                        this::subscribe,
                        failure -> retryLater("cannot connect: " + failure.getMessage()));
    }

    private void subscribe(RedisConnection opened) {
        synchronized (this) {
            connection = opened;
            confirmedChannels = 0;
            lastHeardNanos = System.nanoTime();
        }
        opened.handler(message -> onMessage(opened, message));
        opened.exceptionHandler(failure -> lost(opened, failure.toString()));
        opened.endHandler(() -> lost(opened, "connection closed"));
        opened.send(
                        Request.cmd(Command.SUBSCRIBE)
                                .arg(replica.wakeChannel())
                                .arg(RedisNames.CHANGES_CHANNEL))
                .subscribe()
                .with(
                        reply -> {
                            if (reply != null) {
                                onMessage(opened, reply);
                            }
                        },
                        failure -> lost(opened, "cannot subscribe: " + failure.getMessage()));
    }

    /**
     * Everything the subscribed connection receives: confirmations, PING answers and messages, as
     * RESP2 arrays ({@code subscribe|message|pong, channel, payload}).
     */
    private void onMessage(RedisConnection from, Response message) {
        if (message == null || message.size() < 2) {
            return;
        }
        String kind = message.get(0).toString();
        synchronized (this) {
            if (from != connection) {
                return;
            }
            lastHeardNanos = System.nanoTime();
        }
        switch (kind) {
            case "subscribe" -> confirmed();
            case "message" ->
                    deliver(message.get(1).toString(), message.size() > 2 ? message.get(2) : null);
            default -> {
                // "pong": heard is enough
            }
        }
    }

    private void confirmed() {
        boolean recovered;
        long outageMillis;
        synchronized (this) {
            confirmedChannels++;
            if (confirmedChannels < 2 || up) {
                return;
            }
            up = true;
            nextRetry = FIRST_RETRY;
            outageMillis = Duration.ofNanos(System.nanoTime() - downSinceNanos).toMillis();
            recovered = outages.count() > 0;
        }
        if (recovered) {
            LOG.infof(
                    "wake channel %s subscribed again after %d ms; registering the %d hanging"
                            + " request(s) again",
                    replica.wakeChannel(), outageMillis, registry.size());
        } else {
            LOG.infof(
                    "listening for wakes on %s and changes on %s",
                    replica.wakeChannel(), RedisNames.CHANGES_CHANNEL);
        }
        catchUp();
    }

    /** Registers every hanging request again, then wakes them all once to look. */
    private void catchUp() {
        hanging.registerAll()
                .subscribe()
                .with(
                        registered -> {
                            int woken = registry.wakeAll();
                            LOG.debugf(
                                    "%d device(s) registered again, %d request(s) woken to look",
                                    (Object) registered, woken);
                        },
                        failure -> {
                            LOG.debugf("registering again failed: %s", failure.getMessage());
                            registry.wakeAll();
                        });
    }

    private void deliver(String channel, Response payload) {
        if (payload == null) {
            return;
        }
        String text = payload.toString();
        try {
            if (channel.equals(RedisNames.CHANGES_CHANNEL)) {
                ChangeNotice change = ChangeNotice.decode(text);
                int woken = registry.wakeAllBut(change.userId(), change.byDeviceId());
                if (woken > 0) {
                    LOG.debugf("change of user %d: %d request(s) woken", change.userId(), woken);
                }
            } else {
                Wake wake = Wake.decode(text);
                wakesReceived.increment();
                int woken = registry.wake(wake.userId(), wake.deviceId(), wake.traceparent());
                LOG.debugf(
                        "wake for device %s of user %d: %d request(s) woken",
                        wake.deviceId(), wake.userId(), woken);
            }
        } catch (IllegalArgumentException malformed) {
            LOG.warnf("ignored malformed message on %s: %s", channel, malformed.getMessage());
        }
    }

    private void lost(RedisConnection which, String why) {
        boolean wasUp;
        synchronized (this) {
            if (which != connection) {
                return; // an old connection's late event
            }
            connection = null;
            wasUp = up;
            up = false;
            if (wasUp) {
                downSinceNanos = System.nanoTime();
                outages.increment();
            }
        }
        which.close().subscribe().with(ignored -> {}, ignored -> {});
        if (wasUp) {
            LOG.warnf(
                    "wake channel %s lost (%s): %d hanging request(s) look at the database every"
                            + " %d s until it is back",
                    replica.wakeChannel(), why, registry.size(), config.fallbackLook().toSeconds());
        }
        retryLater(why);
    }

    private void retryLater(String why) {
        Duration delay;
        synchronized (this) {
            if (stopped) {
                return;
            }
            delay = nextRetry;
            nextRetry = Backoff.doubled(nextRetry, config.resubscribeBackoff());
        }
        LOG.debugf("wake channel: %s; trying again in %d ms", why, delay.toMillis());
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> connect());
    }

    /** A silent connection (no reset, no answer) counts as lost after two PING intervals. */
    private void ping() {
        RedisConnection current;
        long silentNanos;
        synchronized (this) {
            current = connection;
            silentNanos = System.nanoTime() - lastHeardNanos;
        }
        if (current == null) {
            return;
        }
        if (silentNanos > config.channelPing().multipliedBy(2).toNanos()) {
            lost(current, "no answer to PING");
            return;
        }
        current.send(Request.cmd(Command.PING))
                .subscribe()
                .with(
                        reply -> {
                            if (reply != null) {
                                onMessage(current, reply);
                            }
                        },
                        failure -> lost(current, "PING failed: " + failure.getMessage()));
    }

    private void lookWhileDown() {
        if (!isUp()) {
            int slice = fallbackTick++ % fallbackSlices;
            int woken = registry.wakeSlice(slice, fallbackSlices);
            if (woken > 0) {
                LOG.debugf("wake channel down: %d hanging request(s) woken to look", woken);
            }
        }
    }
}
