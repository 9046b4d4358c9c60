package org.eassms.eas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free local ports for the processes the end-to-end tests start. */
final class FreePorts {
    private FreePorts() {}

    static int one() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose successor is free too (Kafka's controller listens on port + 1). */
    static int pair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = one();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port pair");
    }
}
