package org.eassms.eas.load;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Posts SMS at a steady pace ({@code POST /api/sms}, each for a different hanging phone) and takes
 * the time from the 201 (the SMS and its outbox event are committed) to that phone's Sync response
 * carrying it. An SMS that has not arrived 10 s after its 201 counts as lost. Runs on the driver's
 * event loop, beside the phones.
 */
final class WakeSampler {
    private static final long LOST_AFTER = TimeUnit.SECONDS.toNanos(10);

    private final Vertx vertx;
    private final Context loop;
    private final HttpClient http;
    private final Errors errors;
    private final List<LoadPhone> order;
    private final List<Long> latencies = new ArrayList<>();
    private int next;
    private int lost;

    WakeSampler(Vertx vertx, Context loop, URI server, List<LoadPhone> phones, Errors errors) {
        this.vertx = vertx;
        this.loop = loop;
        this.errors = errors;
        this.http =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setDefaultHost(server.getHost())
                                .setDefaultPort(server.getPort())
                                .setKeepAlive(true),
                        new PoolOptions().setHttp1MaxSize(4));
        this.order = new ArrayList<>(phones);
        Collections.shuffle(order, new java.util.Random(42));
    }

    /** A phone's Sync brought SMS (called on the event loop). */
    void arrived(LoadPhone phone) {
        if (phone.arrivedAt == 0) {
            phone.arrivedAt = System.nanoTime();
            complete(phone);
        }
    }

    /**
     * Posts {@code count} SMS, {@code perSecond} a second, and completes with the latencies (ns) of
     * those that arrived once the last has arrived or is lost.
     */
    CompletableFuture<Result> run(int count, int perSecond) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        loop.runOnContext(
                v -> {
                    latencies.clear();
                    lost = 0;
                    List<LoadPhone> inFlight = new ArrayList<>();
                    int[] posted = {0};
                    vertx.setPeriodic(
                            Math.max(1, 1000 / perSecond),
                            timer -> {
                                long now = System.nanoTime();
                                inFlight.removeIf(
                                        phone -> {
                                            if (phone.arrivedAt != 0 && phone.postedAt != 0) {
                                                return true;
                                            }
                                            if (phone.postedAt != 0
                                                    && now - phone.postedAt > LOST_AFTER) {
                                                lost++;
                                                phone.postedAt = 0;
                                                phone.arrivedAt = 1; // late arrivals are ignored
                                                return true;
                                            }
                                            return false;
                                        });
                                if (posted[0] < count) {
                                    LoadPhone phone = order.get(next++ % order.size());
                                    inFlight.add(phone);
                                    post(phone, posted[0]++);
                                } else if (inFlight.isEmpty()) {
                                    vertx.cancelTimer(timer);
                                    done.complete(new Result(List.copyOf(latencies), lost));
                                }
                            });
                });
        return done;
    }

    /** The latencies of the SMS that arrived (ns), and how many did not within 10 s. */
    record Result(List<Long> latencies, int lost) {}

    private void post(LoadPhone phone, int n) {
        phone.postedAt = 0;
        phone.arrivedAt = 0;
        String json = "{\"to\":\"+14255550143\",\"body\":\"load " + n + "\"}";
        http.request(
                        new RequestOptions()
                                .setMethod(HttpMethod.POST)
                                .setURI("/api/sms")
                                .putHeader("Authorization", HangingPhones.basic(phone.user))
                                .putHeader("Content-Type", "application/json")
                                .setIdleTimeout(10_000))
                .compose(request -> request.send(Buffer.buffer(json)))
                .onComplete(
                        response -> {
                            if (response.failed()) {
                                errors.count(response.cause());
                                phone.arrivedAt = 1;
                                phone.postedAt = 1;
                            } else if (response.result().statusCode() != 201) {
                                errors.count(
                                        "POST /api/sms HTTP " + response.result().statusCode());
                                phone.arrivedAt = 1;
                                phone.postedAt = 1;
                            } else {
                                phone.postedAt = System.nanoTime();
                                complete(phone);
                            }
                        });
    }

    /** Both ends known: the sample is taken (an arrival before the 201 was read counts as 0). */
    private void complete(LoadPhone phone) {
        if (phone.postedAt > 1 && phone.arrivedAt > 1) {
            latencies.add(Math.max(0, phone.arrivedAt - phone.postedAt));
        }
    }

    void close() {
        http.close();
    }
}
