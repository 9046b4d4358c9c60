package org.eassms.eas.sync.conversation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.sync.domain.SmsStatus;

/**
 * A mailbox's SMS as conversations, the way a messaging app shows them: grouped by the other party
 * (the number in {@code [MOBILE:...]}, MS-ASMS 2.2.2.1), newest first. Received SMS come from the
 * Inbox (NDRs are reports, not messages), sent ones from Sent Items; an SMS still on its way shows
 * as its Outbox item until the phone files it as sent. Read-only, one user's rows only.
 */
@ApplicationScoped
public class Conversations {
    /** One SMS of a conversation. {@code status}: received, or the outgoing SMS's status. */
    public record Message(
            long id,
            boolean incoming,
            String body,
            OffsetDateTime at,
            String status,
            boolean pending) {}

    /** A conversation and its newest message. */
    public record Conversation(
            String party, long messages, OffsetDateTime lastAt, String lastBody) {}

    /** One page of results; {@code more} when an older page exists. */
    public record Page<T>(List<T> items, int number, boolean more) {}

    private static final String MESSAGES =
            "with m as ("
                    + " select i.id, f.type = "
                    + Folder.INBOX
                    + " as incoming, i.body, i.sms_status,"
                    + " coalesce(i.date_received, i.created_at) as at,"
                    + " coalesce(substring(o.address from '\\[MOBILE:([^]]+)\\]'), o.address)"
                    + " as party"
                    + " from eas_item i join eas_folder f on f.id = i.folder_id"
                    // The other party: who sent a received SMS, to whom an outgoing one goes.
                    + " cross join lateral (select case when f.type = "
                    + Folder.INBOX
                    + " then i.sender else i.to_recipients end as address) o"
                    + " where i.user_id = $1 and i.item_class = '"
                    + ItemClass.SMS.text()
                    + "' and ("
                    + "(f.type = "
                    + Folder.INBOX
                    + " and not i.deleted and coalesce(i.message_class, '') not like 'REPORT.%')"
                    + " or (f.type = "
                    + Folder.SENT_ITEMS
                    + " and not i.deleted)"
                    + " or (f.type = "
                    + Folder.OUTBOX
                    + " and i.sms_status is not null and i.sms_status <> '"
                    + SmsStatus.SENT.text()
                    + "')))";

    private static final String CONVERSATIONS =
            MESSAGES
                    + " select party, count(*) as messages, max(at) as last_at,"
                    + " (array_agg(body order by at desc, id desc))[1] as last_body"
                    + " from m where party is not null"
                    + " group by party order by last_at desc, party limit $2 offset $3";

    private static final String CONVERSATION =
            MESSAGES
                    + " select id, incoming, body, sms_status, at from m where party = $2"
                    + " order by at desc, id desc limit $3 offset $4";

    private static final String STATUS =
            "select sms_status from eas_item where id = $1 and user_id = $2 and sms_status is not null";

    private final Pool pool;

    Conversations(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<Conversation>> of(long userId, int page, int size) {
        return pool.preparedQuery(CONVERSATIONS)
                .execute(Tuple.of(userId, size + 1, (long) page * size))
                .map(
                        rows -> {
                            List<Conversation> found = new ArrayList<>();
                            for (Row row : rows) {
                                found.add(
                                        new Conversation(
                                                row.getString("party"),
                                                row.getLong("messages"),
                                                row.getOffsetDateTime("last_at"),
                                                row.getString("last_body")));
                            }
                            return page(found, page, size);
                        });
    }

    public Uni<Page<Message>> with(long userId, String party, int page, int size) {
        return pool.preparedQuery(CONVERSATION)
                .execute(Tuple.of(userId, party, size + 1, (long) page * size))
                .map(
                        rows -> {
                            List<Message> found = new ArrayList<>();
                            for (Row row : rows) {
                                found.add(message(row));
                            }
                            return page(found, page, size);
                        });
    }

    /** Where an outgoing SMS is, for the page that follows it. */
    public record Progress(long id, String status, boolean isFinal) {}

    /** The progress of the user's outgoing SMS with this id; null when it is not theirs. */
    public Uni<Progress> progressOf(long userId, long smsId) {
        return pool.preparedQuery(STATUS)
                .execute(Tuple.of(smsId, userId))
                .map(
                        rows -> {
                            if (rows.size() == 0) {
                                return null;
                            }
                            SmsStatus status =
                                    SmsStatus.ofText(
                                            rows.iterator().next().getString("sms_status"));
                            return new Progress(smsId, status.text(), status.isFinal());
                        });
    }

    private static Message message(Row row) {
        boolean incoming = row.getBoolean("incoming");
        String status = row.getString("sms_status");
        String shown = incoming ? "received" : status == null ? SmsStatus.SENT.text() : status;
        return new Message(
                row.getLong("id"),
                incoming,
                row.getString("body"),
                row.getOffsetDateTime("at"),
                shown,
                !incoming && status != null && !SmsStatus.ofText(status).isFinal());
    }

    private static <T> Page<T> page(List<T> found, int number, int size) {
        boolean more = found.size() > size;
        return new Page<>(more ? found.subList(0, size) : found, number, more);
    }
}
