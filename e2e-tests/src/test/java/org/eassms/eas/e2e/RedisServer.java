package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of the test's own, on a free port and without persistence, so a test may stop it
 * and start it again empty, as a Redis restarted without its data comes back.
 */
final class RedisServer implements AutoCloseable {
    private final int port = FreePorts.one();
    private final Path log;
    private Process process;

    RedisServer(Path logs) {
        this.log = logs.resolve("redis.log");
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void start() throws IOException {
        process =
                new ProcessBuilder(
                                "redis-server",
                                "--port",
                                Integer.toString(port),
                                "--bind",
                                "127.0.0.1",
                                "--save",
                                "",
                                "--appendonly",
                                "no")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptions()
                .until(this::answersPing);
    }

    /** Stops it; what it held is gone (no persistence). */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    private boolean answersPing() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.read(reply);
            return read > 0
                    && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
