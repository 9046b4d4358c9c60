package org.eassms.eas.sync.sms;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eassms.eas.protocol.common.Body;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.sync.auth.AuthenticatedUser;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.eassms.eas.sync.outbox.SmsOutbox;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.ItemRepository;

/** SMS submitted over the JSON API: the same Outbox item and outbox event a Sync Add would make. */
@ApplicationScoped
public class SmsService {
    private static final String OUTBOX = Integer.toString(Folder.OUTBOX);

    private final FolderRepository folders;
    private final ItemRepository items;
    private final SmsOutbox smsOutbox;

    SmsService(FolderRepository folders, ItemRepository items, SmsOutbox outbox) {
        this.folders = folders;
        this.items = items;
        this.smsOutbox = outbox;
    }

    /**
     * A queued SMS as the API shows it.
     *
     * @param traceId the trace it entered the Outbox in, to look up in the tracing backend; null
     *     when tracing was off
     */
    public record SmsView(
            long id, String serverId, String to, String body, String status, String traceId) {}

    @WithTransaction
    public Uni<SmsView> queue(AuthenticatedUser user, NewSms sms) {
        return folders.find(user.id(), OUTBOX).chain(outbox -> queueIn(outbox, user, sms));
    }

    private Uni<SmsView> queueIn(
            org.eassms.eas.sync.domain.Folder outbox, AuthenticatedUser user, NewSms sms) {
        return items.nextModseqIn(outbox.id)
                .map(modseq -> composed(user, outbox.id, sms, modseq))
                .chain(item -> smsOutbox.enter(item, user.username(), outbox.serverId))
                .map(item -> view(item, outbox.serverId));
    }

    /** The Outbox item of an SMS composed through the API, as a phone's client would write it. */
    private static Item composed(AuthenticatedUser user, long outboxId, NewSms sms, long modseq) {
        Item item = Item.created(user.id(), outboxId, ItemClass.SMS, modseq);
        // MS-ASMS 4.3 writes recipients as "number" [MOBILE:number].
        item.to = "\"" + sms.to() + "\" [MOBILE:" + sms.to() + "]";
        item.dateReceived = OffsetDateTime.now(ZoneOffset.UTC);
        item.importance = 1;
        item.read = true;
        item.bodyType = Body.PLAIN_TEXT;
        item.body = sms.body();
        return item;
    }

    /** The caller's own SMS with this id, or null (another user's items are invisible). */
    public Uni<SmsView> find(AuthenticatedUser user, long id) {
        return Panache.withSession(
                () ->
                        items.find(
                                        "id = ?1 and userId = ?2 and itemClass = ?3",
                                        id,
                                        user.id(),
                                        ItemClass.SMS)
                                .firstResult()
                                .chain(
                                        item ->
                                                item == null
                                                        ? Uni.createFrom().nullItem()
                                                        : viewOf(item)));
    }

    private Uni<SmsView> viewOf(Item item) {
        return folders.findById(item.folderId).map(folder -> view(item, folder.serverId));
    }

    private static SmsView view(Item item, String collectionId) {
        return new SmsView(
                item.id,
                ItemServerId.of(collectionId, item.id).toString(),
                item.to,
                item.body,
                item.smsStatus.text(),
                item.traceId);
    }
}
