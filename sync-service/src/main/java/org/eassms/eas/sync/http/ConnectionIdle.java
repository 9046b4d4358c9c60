package org.eassms.eas.sync.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AttributeKey;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eassms.eas.sync.config.SyncConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Two idle timeouts for one connection. While a client sends its request or sits between requests,
 * {@code quarkus.http.idle-timeout} (a minute) applies, so a client that sends half a request and
 * stops is cut off. While the server works on a request (a hanging Sync or Ping waits up to 59
 * minutes without a byte on the wire), the connection may stay idle that long, plus the idle
 * timeout. Vert.x has one idle timeout per server, so this swaps the connection's Netty idle
 * handler when its first request starts and when its last one ends (HTTP/2 carries many at once).
 */
@ApplicationScoped
public class ConnectionIdle {
    private static final Logger LOG = Logger.getLogger(ConnectionIdle.class);

    /** The name Vert.x gives its idle handler in the connection's pipeline. */
    private static final String IDLE_HANDLER = "idle";

    private static final AttributeKey<AtomicInteger> IN_PROGRESS =
            AttributeKey.valueOf("eas.requests-in-progress");

    private final long betweenRequestsMillis;
    private final long whileProcessingMillis;

    ConnectionIdle(
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout,
            SyncConfig config) {
        this.betweenRequestsMillis = idleTimeout.toMillis();
        this.whileProcessingMillis = config.hanging().maxHeartbeat().plus(idleTimeout).toMillis();
    }

    /**
     * Call once a request that may hang has arrived whole: until its response ends, the connection
     * may be idle as long as a hanging request waits. Other requests keep the short timeout (they
     * take seconds at most), so most requests cost no swap.
     */
    public void whileProcessing(RoutingContext request) {
        if (!(request.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        Channel channel = connection.channel();
        AtomicInteger fresh = new AtomicInteger();
        AtomicInteger earlier = channel.attr(IN_PROGRESS).setIfAbsent(fresh);
        AtomicInteger inProgress = earlier != null ? earlier : fresh;
        if (inProgress.incrementAndGet() == 1) {
            setIdle(channel, whileProcessingMillis);
        }
        request.addEndHandler(
                ended -> {
                    if (inProgress.decrementAndGet() == 0) {
                        setIdle(channel, betweenRequestsMillis);
                    }
                });
    }

    private static void setIdle(Channel channel, long millis) {
        if (!channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> setIdle(channel, millis));
            return;
        }
        ChannelPipeline pipeline = channel.pipeline();
        if (!channel.isActive() || pipeline.get(IDLE_HANDLER) == null) {
            return; // closed, or no idle timeout configured at all
        }
        pipeline.replace(
                IDLE_HANDLER,
                IDLE_HANDLER,
                new IdleStateHandler(0, 0, millis, TimeUnit.MILLISECONDS));
        LOG.tracef("connection %s may idle %d ms", channel.id(), millis);
    }
}
