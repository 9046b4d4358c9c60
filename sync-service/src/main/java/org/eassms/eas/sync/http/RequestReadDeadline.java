package org.eassms.eas.sync.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.validation.Text;
import org.jboss.logging.Logger;

/**
 * A request's body must arrive within {@code eas.sync.clients.read-timeout} of its headers. A
 * client that trickles its body a byte at a time is never idle, so the idle timeout alone would let
 * it hold a connection (and a buffer) indefinitely. Such a client gets 408 and its connection is
 * closed (HTTP/2: only its stream is reset, the other streams on the connection go on).
 */
@ApplicationScoped
public class RequestReadDeadline {
    private static final Logger LOG = Logger.getLogger(RequestReadDeadline.class);

    /** Before every route, so the deadline also covers bodies that no route reads. */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    private final Vertx vertx;
    private final long deadlineMillis;
    private final Counter cutOff;

    RequestReadDeadline(Vertx vertx, SyncConfig config, MeterRegistry metrics) {
        this.vertx = vertx;
        this.deadlineMillis = config.clients().readTimeout().toMillis();
        this.cutOff =
                Counter.builder("eas.http.requests.cut-off")
                        .description("requests whose body did not arrive within the read timeout")
                        .register(metrics);
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.isEnded()) {
            long timer = vertx.setTimer(deadlineMillis, fired -> cutOffIfUnread(context));
            context.addEndHandler(ended -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    private void cutOffIfUnread(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return;
        }
        cutOff.increment();
        LOG.infof(
                "cut off %s %s from %s: body not received within %s",
                request.method(),
                Text.forLog(request.path()),
                request.remoteAddress(),
                Duration.ofMillis(deadlineMillis));
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
            return;
        }
        if (!request.response().headWritten()) {
            request.response().setStatusCode(408).putHeader(HttpHeaders.CONNECTION, "close").end();
        }
        request.connection().close();
    }
}
