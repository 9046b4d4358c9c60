package org.eassms.eas.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eassms.eas.contract.TraceParent;

/**
 * Appends an event to the outbox in the caller's Hibernate Reactive transaction, next to the change
 * it announces: both commit or neither does. Never a direct Kafka send beside a database write; the
 * {@link OutboxRelay} publishes the row once it is committed.
 */
@ApplicationScoped
public class Outbox {
    private final OutboxTable table;
    private final ObjectMapper json;

    Outbox(OutboxTable table, ObjectMapper json) {
        this.table = table;
        this.json = json;
    }

    /**
     * Call inside a transaction. The row's timestamp is the database's clock at the insert (not the
     * transaction's start), so two events of one transaction keep their order. The payload gets
     * {@code eventId} added, the id consumers de-duplicate on (it also travels as the {@code id}
     * header). The row keeps the current trace context, so its publication, long after this
     * request, continues the same trace (ADR 10).
     *
     * @param aggregateId the Kafka key: events of one aggregate keep their order
     * @param payload an event record of wake-contract (or a map): its fields become the JSON's
     */
    public Uni<UUID> append(String aggregateType, String aggregateId, String type, Object payload) {
        UUID id = UUID.randomUUID();
        String text;
        try {
            ObjectNode body = json.createObjectNode().put("eventId", id.toString());
            body.setAll((ObjectNode) json.valueToTree(payload));
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException | IllegalArgumentException | ClassCastException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("payload not JSON", e));
        }
        // The payload is bound as text and parsed by PostgreSQL: bound straight to jsonb, the
        // client would store it as one JSON string.
        String sql =
                "insert into "
                        + table.name()
                        + " (id, aggregatetype, aggregateid, type, timestamp, payload, traceparent)"
                        + " values (cast(:id as uuid), :aggregatetype, :aggregateid, :type,"
                        + " clock_timestamp(), cast(cast(:payload as text) as jsonb),"
                        + " cast(:traceparent as varchar))";
        String traceparent = TraceParent.current();
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(sql)
                                        .setParameter("id", id.toString())
                                        .setParameter("aggregatetype", aggregateType)
                                        .setParameter("aggregateid", aggregateId)
                                        .setParameter("type", type)
                                        .setParameter("payload", text)
                                        .setParameter("traceparent", traceparent)
                                        .executeUpdate())
                .replaceWith(id);
    }
}
