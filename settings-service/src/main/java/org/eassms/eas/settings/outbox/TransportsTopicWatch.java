package org.eassms.eas.settings.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.settings.config.SettingsConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A broker rebuilt without its data has lost the compacted topic of the SMS transports while the
 * database still holds every one of them (ADR 5), and a phone says again that it relays only when
 * it next sends Settings, which may be days away: until then the dispatcher knows no transport for
 * its user and its SMS wait for its next Sync. Every {@code eas.settings.transports-check} this
 * asks the broker whether the topic holds any record at all; when it does not (missing, or new and
 * empty) while a device relays and nothing waits in the outbox, every relaying device is announced
 * again, as migration V3 did once. One statement, published by the outbox like any change; two
 * replicas doing it at once announce twice, which the compacted topic absorbs.
 */
@ApplicationScoped
public class TransportsTopicWatch {
    private static final Logger LOG = Logger.getLogger(TransportsTopicWatch.class);

    /**
     * Every relaying device's current state as an outbox row, in the payload {@code Outbox.append}
     * writes (eventId, then SmsTransportChanged's fields; the username is not stored here, as in
     * V3), unless earlier events still wait to be published.
     */
    private static final String ANNOUNCE_ALL =
            "insert into settings_outbox_event (id, aggregatetype, aggregateid, type, timestamp,"
                    + " payload)"
                    + " select e.event_id, '"
                    + SmsTransportChanged.AGGREGATE_TYPE
                    + "', e.user_id || ':' || e.device_id, '"
                    + SmsTransportChanged.TYPE
                    + "', clock_timestamp(), jsonb_build_object('eventId', e.event_id::text,"
                    + " 'version', "
                    + SmsTransportChanged.VERSION
                    + ", 'userId', e.user_id, 'username', null, 'deviceId', e.device_id,"
                    + " 'enabled', true, 'phoneNumber', e.phone_number,"
                    + " 'friendlyName', e.friendly_name, 'changedAt',"
                    + " to_char(e.updated_at at time zone 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))"
                    + " from (select gen_random_uuid() as event_id, d.user_id, d.device_id,"
                    + " d.phone_number, d.friendly_name, d.updated_at from sms_device d"
                    + " where d.enable_outbound_sms) e"
                    + " where not exists (select 1 from settings_outbox_event"
                    + " where published_at is null)";

    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;
    private final Admin admin;
    private final Counter announced;
    private long timer = -1;

    TransportsTopicWatch(
            Pool pool,
            Vertx vertx,
            SettingsConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
                    String bootstrapServers,
            MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = config.transportsCheck();
        // Its calls return futures completed on the client's own thread: none blocks a caller.
        this.admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        this.announced =
                Counter.builder("eas.transports.reannounced")
                        .description(
                                "SMS transports announced again because the broker had lost"
                                        + " their topic")
                        .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        timer =
                vertx.setPeriodic(
                        interval.toMillis(),
                        id ->
                                check().subscribe()
                                        .with(
                                                count -> {},
                                                failure ->
                                                        LOG.debugf(
                                                                "transports topic not checked: %s",
                                                                failure)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        admin.close(Duration.ofSeconds(1));
    }

    /**
     * Looks once: the number of devices announced again (0 when the topic holds records, when no
     * device relays, or when the outbox has a backlog). Fails while the broker cannot be asked.
     */
    public Uni<Integer> check() {
        return recordsInTopic()
                .chain(records -> records > 0 ? Uni.createFrom().item(0) : announceAll());
    }

    private Uni<Integer> announceAll() {
        return pool.query(ANNOUNCE_ALL)
                .execute()
                .map(rows -> rows.rowCount())
                .invoke(
                        count -> {
                            if (count > 0) {
                                announced.increment(count);
                                LOG.warnf(
                                        "topic %s holds no record while %d devices relay (a broker"
                                                + " that lost its data?): announced them again",
                                        Topics.SMS_TRANSPORTS, count);
                            }
                        });
    }

    /** The topic's end offsets summed: 0 for a topic that is missing or has never held a record. */
    private Uni<Long> recordsInTopic() {
        return Uni.createFrom()
                .completionStage(
                        () ->
                                admin.describeTopics(List.of(Topics.SMS_TRANSPORTS))
                                        .allTopicNames()
                                        .toCompletionStage())
                .chain(topics -> endOffsets(topics.get(Topics.SMS_TRANSPORTS)))
                .onFailure(
                        failure ->
                                failure instanceof UnknownTopicOrPartitionException
                                        || failure.getCause()
                                                instanceof UnknownTopicOrPartitionException)
                .recoverWithItem(0L);
    }

    private Uni<Long> endOffsets(TopicDescription topic) {
        Map<TopicPartition, OffsetSpec> latest =
                topic.partitions().stream()
                        .collect(
                                Collectors.toMap(
                                        p -> new TopicPartition(topic.name(), p.partition()),
                                        p -> OffsetSpec.latest()));
        return Uni.createFrom()
                .completionStage(() -> admin.listOffsets(latest).all().toCompletionStage())
                .map(
                        offsets ->
                                offsets.values().stream()
                                        .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
                                        .sum());
    }
}
