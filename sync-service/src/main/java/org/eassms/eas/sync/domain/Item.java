package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eassms.eas.protocol.sync.ItemClass;

/**
 * An SMS or e-mail item in a folder (MS-ASMS 2.2: SMS items use the e-mail fields). Deleting keeps
 * a tombstone ({@code deleted}) so devices learn of the deletion; every change takes a new {@code
 * modseq}.
 */
@Entity
@Table(name = "eas_item")
public class Item extends PanacheEntityBase {
    /**
     * From the table's own sequence, 50 at a time (V11): an id known before the insert lets a
     * Sync's Adds go to PostgreSQL as one batch instead of one round trip each.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eas_item_ids")
    @SequenceGenerator(name = "eas_item_ids", sequenceName = "eas_item_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "folder_id", nullable = false)
    public Long folderId;

    @Column(name = "item_class", nullable = false)
    @Convert(converter = ItemClassColumn.class)
    public ItemClass itemClass;

    @Column(nullable = false)
    public long modseq;

    @Column(name = "created_modseq", nullable = false)
    public long createdModseq;

    @Column(name = "last_changed_by")
    public Long lastChangedBy;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "to_recipients")
    public String to;

    public String cc;

    @Column(name = "sender")
    public String from;

    public String subject;

    @Column(name = "date_received")
    public OffsetDateTime dateReceived;

    public Integer importance;

    public Boolean read;

    @Column(name = "body_type")
    public Integer bodyType;

    public String body;

    @Column(name = "message_class")
    public String messageClass;

    @Column(name = "internet_cpid")
    public String internetCpid;

    /** The Flag as JSON, kept verbatim so every child comes back as sent. */
    public String flag;

    @Column(name = "conversation_id")
    public byte[] conversationId;

    @Column(name = "conversation_index")
    public byte[] conversationIndex;

    /** The ClientId of the Add that created it, and the device that sent it (retry detection). */
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "sms_status")
    @Convert(converter = SmsStatus.Column.class)
    public SmsStatus smsStatus;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /**
     * The trace an SMS entered the Outbox in (32 hex digits), so "where did my SMS go" starts from
     * {@code GET /api/sms/{id}}; null when tracing was off.
     */
    @Column(name = "trace_id")
    public String traceId;

    /** A new item of a user's folder, created at {@code modseq} (its first change). */
    public static Item created(long userId, long folderId, ItemClass itemClass, long modseq) {
        Item item = new Item();
        item.userId = userId;
        item.folderId = folderId;
        item.itemClass = itemClass;
        item.modseq = modseq;
        item.createdModseq = modseq;
        return item;
    }

    /**
     * A copy of this item's content as a new item in another folder (DeletesAsMoves): new id, new
     * change sequence, unknown to every device so far.
     */
    public Item copyTo(long targetFolderId, long modseq) {
        Item copy = created(userId, targetFolderId, itemClass, modseq);
        copy.to = to;
        copy.cc = cc;
        copy.from = from;
        copy.subject = subject;
        copy.dateReceived = dateReceived;
        copy.importance = importance;
        copy.read = read;
        copy.bodyType = bodyType;
        copy.body = body;
        copy.messageClass = messageClass;
        copy.internetCpid = internetCpid;
        copy.flag = flag;
        copy.conversationId = conversationId;
        copy.conversationIndex = conversationIndex;
        copy.traceId = traceId;
        return copy;
    }
}
