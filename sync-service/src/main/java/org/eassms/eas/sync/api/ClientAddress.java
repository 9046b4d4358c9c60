package org.eassms.eas.sync.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The caller's IP address, for counting failed logins. Behind a load balancer it is the balancer's
 * unless {@code quarkus.http.proxy.proxy-address-forwarding} is on, which makes Vert.x take it from
 * the forwarding headers (only then: a client could write them itself).
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static String of(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
