package org.eassms.eas.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.TraceParent;
import org.eassms.eas.contract.WarmUpRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes unpublished outbox rows to the {@code outbox} channel, oldest first, and marks them
 * published in the transaction that locked them ({@code FOR UPDATE SKIP LOCKED}, so replicas share
 * the work). If Kafka is down the send fails, the transaction rolls back and the rows wait for the
 * next attempt: nothing is lost, and a row may go out twice, which the consumers tolerate (they are
 * idempotent on the {@code id} header).
 *
 * <p>Each record is published under the trace context its row kept ({@link Outbox}): the producer's
 * span joins the trace of the request that wrote the row, and the record's {@code traceparent}
 * header carries it on to the consumers (ADR 10).
 */
@ApplicationScoped
public class OutboxPublisher {
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private static final String CHANNEL = "outbox";

    private final Pool pool;
    private final MutinyEmitter<String> kafka;
    private final KafkaClientService clients;
    private final String topic;
    private final OutboxConfig config;
    private final Counter published;
    private final Timer lag;
    private final Timer send;
    private final String selectBatch;
    private final String markPublished;

    OutboxPublisher(
            Pool pool,
            @Channel(CHANNEL) MutinyEmitter<String> kafka,
            KafkaClientService clients,
            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
            OutboxConfig config,
            OutboxTable table,
            MeterRegistry metrics) {
        this.pool = pool;
        this.kafka = kafka;
        this.clients = clients;
        this.topic = topic;
        this.config = config;
        this.published = metrics.counter("eas.outbox.published", "table", table.name());
        this.lag =
                Timer.builder("eas.outbox.lag")
                        .description("event row inserted to acknowledged by Kafka")
                        .tag("table", table.name())
                        .publishPercentiles(0.5, 0.99)
                        .register(metrics);
        this.send =
                Timer.builder("eas.outbox.send")
                        .description("event handed to the Kafka producer to acknowledged by Kafka")
                        .tag("table", table.name())
                        .publishPercentiles(0.5, 0.99)
                        .register(metrics);
        this.selectBatch =
                "select id, aggregateid, type, payload::text, timestamp, traceparent from "
                        + table.name()
                        + " where published_at is null order by timestamp, id limit $1"
                        + " for update skip locked";
        this.markPublished =
                "update " + table.name() + " set published_at = now() where id = any($1)";
    }

    /**
     * Fetches the topic's metadata once, so the first event does not wait for it (about a second on
     * a fresh JVM), and with {@code eas.outbox.warm-up-records} sends a {@link WarmUpRecord} to
     * each partition, so neither does it wait for the producer's first batch nor the consumers'
     * first fetch. Never fails: without Kafka the first event simply waits as it would have.
     */
    public Uni<Void> warmUp() {
        KafkaProducer<Object, Object> producer = clients.getProducer(CHANNEL);
        if (producer == null) {
            return Uni.createFrom().voidItem();
        }
        return producer.partitionsFor(topic)
                .chain(
                        partitions ->
                                config.warmUpRecords() && partitions != null
                                        ? warmUpRecords(partitions)
                                        : Uni.createFrom().voidItem())
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.debugf("outbox warm-up failed: %s", failure);
                            return null;
                        });
    }

    private Uni<Void> warmUpRecords(List<PartitionInfo> partitions) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.EVENT_TYPE, WarmUpRecord.TYPE.getBytes(StandardCharsets.UTF_8));
        List<Uni<Void>> sends =
                partitions.stream()
                        .map(
                                partition ->
                                        kafka.sendMessage(
                                                Message.of("{}")
                                                        .addMetadata(
                                                                OutgoingKafkaRecordMetadata
                                                                        .<String>builder()
                                                                        .withKey(WarmUpRecord.KEY)
                                                                        .withPartition(
                                                                                partition
                                                                                        .partition())
                                                                        .withHeaders(headers)
                                                                        .build())))
                        .toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    /** Publishes one batch; returns how many rows went out. */
    public Uni<Integer> publishBatch() {
        return pool.getConnection()
                .chain(connection -> publishBatch(connection).eventually(connection::close))
                .invoke(
                        count -> {
                            if (count > 0) {
                                published.increment(count);
                                LOG.debugf("published %d outbox event(s)", count);
                            }
                        });
    }

    /**
     * BEGIN and the batch's SELECT go to PostgreSQL together (the client pipelines commands on a
     * connection, and a transaction's queries need not wait for BEGIN's answer): a new event waits
     * one round trip before it is handed to Kafka, where {@code Pool.withTransaction}, which waits
     * for BEGIN first, took two. Any failure, of BEGIN, of the SELECT or after them, rolls the
     * transaction back explicitly (ADR 13).
     */
    private Uni<Integer> publishBatch(SqlConnection connection) {
        AtomicReference<Transaction> begun = new AtomicReference<>();
        return Uni.combine()
                .all()
                .unis(
                        connection.begin().invoke(begun::set),
                        connection.preparedQuery(selectBatch).execute(Tuple.of(config.batchSize())))
                .asTuple()
                .chain(
                        started ->
                                publishAll(connection, started.getItem2())
                                        .call(started.getItem1()::commit))
                .onFailure()
                .call(() -> rollBack(begun.get()));
    }

    /**
     * Also when the SELECT itself failed: BEGIN may have succeeded beside it, and the connection
     * must not go back to the pool inside an open transaction.
     */
    private static Uni<Void> rollBack(Transaction transaction) {
        return transaction == null
                ? Uni.createFrom().voidItem()
                : transaction.rollback().onFailure().recoverWithNull();
    }

    /**
     * Hands every row of the batch to the producer at once and waits for all the acknowledgements
     * together, then marks them in one statement. One at a time, a backlog of 80 events (a Kafka
     * outage of 20 s at 4 SMS a second) took 4 s to go out on a busy machine, every SMS waiting for
     * all before it. The producer keeps their order per key (idempotent, at most five requests in
     * flight); if one fails the transaction rolls back and the batch goes again, which the
     * consumers tolerate.
     */
    private Uni<Integer> publishAll(SqlConnection connection, RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Uni.createFrom().item(0);
        }
        List<Uni<UUID>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sends.add(publish(row));
        }
        return Uni.join()
                .all(sends)
                .andFailFast()
                .chain(
                        ids ->
                                connection
                                        .preparedQuery(markPublished)
                                        .execute(
                                                Tuple.tuple()
                                                        .addArrayOfUUID(ids.toArray(UUID[]::new))))
                .map(RowSet::rowCount);
    }

    /** Inserted with clock_timestamp() (see {@link Outbox}), so this is the event's own wait. */
    private void recordLag(Row row) {
        OffsetDateTime inserted = row.getOffsetDateTime("timestamp");
        if (inserted != null) {
            lag.record(Duration.between(inserted.toInstant(), Instant.now()));
        }
    }

    /** Emits the row's id once Kafka acknowledged it. */
    private Uni<UUID> publish(Row row) {
        UUID id = row.getUUID("id");
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.ID, id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(
                EventHeaders.EVENT_TYPE, row.getString("type").getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.getString("aggregateid"))
                        .withHeaders(headers)
                        .build();
        Message<String> message = Message.of(row.getString("payload")).addMetadata(metadata);
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            message =
                    message.addMetadata(
                            TracingMetadata.withCurrent(TraceParent.parse(traceparent)));
        }
        long handedOver = System.nanoTime();
        return kafka.sendMessage(message)
                .invoke(
                        () -> {
                            send.record(System.nanoTime() - handedOver, TimeUnit.NANOSECONDS);
                            recordLag(row);
                        })
                .replaceWith(id);
    }
}
