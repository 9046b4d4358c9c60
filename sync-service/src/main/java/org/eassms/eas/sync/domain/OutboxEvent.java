package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the transactional outbox (Debezium column names). Written in the same transaction as the
 * change it announces; the outbox relay publishes it to Kafka, keyed by {@code aggregateid} (the
 * user), and marks it published.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id public UUID id;

    @Column(nullable = false)
    public String aggregatetype;

    @Column(nullable = false)
    public String aggregateid;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public OffsetDateTime timestamp = OffsetDateTime.now();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
