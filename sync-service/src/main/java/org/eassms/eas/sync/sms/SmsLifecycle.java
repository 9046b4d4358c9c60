package org.eassms.eas.sync.sms;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.SmsStatus;
import org.eassms.eas.sync.repository.ItemRepository;
import org.jboss.logging.Logger;

/**
 * Follows an outgoing SMS after a phone took it out of the Outbox (MS-ASMS 3.1.5.1). The phone
 * reports only through the items it adds, which carry no reference to the Outbox item, so they are
 * matched against the SMS handed over to that same phone, oldest first: an SMS filed in Sent Items
 * with the same recipients and text makes it {@code sent}; a report (MessageClass {@code REPORT.*},
 * an NDR) added to the Inbox makes {@code failed} the one of the same conversation, else the one
 * sent to the NDR's sender, else the oldest.
 */
@ApplicationScoped
public class SmsLifecycle {
    private static final Logger LOG = Logger.getLogger(SmsLifecycle.class);

    private final ItemRepository items;

    SmsLifecycle(ItemRepository items) {
        this.items = items;
    }

    /** Call in the transaction that added {@code added} to a folder of type {@code folderType}. */
    public Uni<Void> filed(long devicePk, int folderType, Item added) {
        if (added.itemClass != ItemClass.SMS) {
            return Uni.createFrom().voidItem();
        }
        boolean sent = folderType == Folder.SENT_ITEMS;
        boolean ndr =
                folderType == Folder.INBOX
                        && added.messageClass != null
                        && added.messageClass
                                .toUpperCase(java.util.Locale.ROOT)
                                .startsWith("REPORT.");
        if (!sent && !ndr) {
            return Uni.createFrom().voidItem();
        }
        return items.handedOverTo(added.userId, devicePk)
                .invoke(
                        candidates ->
                                (sent ? sentCopyOf(candidates, added) : failedBy(candidates, added))
                                        .ifPresent(
                                                sms -> {
                                                    sms.smsStatus =
                                                            sms.smsStatus.moveTo(
                                                                    sent
                                                                            ? SmsStatus.SENT
                                                                            : SmsStatus.FAILED);
                                                    LOG.infof(
                                                            "SMS %d of user %d %s",
                                                            sms.id,
                                                            sms.userId,
                                                            sms.smsStatus.text());
                                                }))
                .replaceWithVoid();
    }

    private static Optional<Item> sentCopyOf(List<Item> candidates, Item filed) {
        return candidates.stream()
                .filter(c -> Objects.equals(c.body, filed.body) && sameRecipients(c, filed))
                .findFirst();
    }

    private static Optional<Item> failedBy(List<Item> candidates, Item ndr) {
        if (ndr.conversationId != null) {
            Optional<Item> sameConversation =
                    candidates.stream()
                            .filter(c -> Arrays.equals(c.conversationId, ndr.conversationId))
                            .findFirst();
            if (sameConversation.isPresent()) {
                return sameConversation;
            }
        }
        Optional<Item> toSender =
                candidates.stream()
                        .filter(
                                c ->
                                        ndr.from != null
                                                && Objects.equals(number(c.to), number(ndr.from)))
                        .findFirst();
        return toSender.isPresent() ? toSender : candidates.stream().findFirst();
    }

    private static boolean sameRecipients(Item a, Item b) {
        return Objects.equals(number(a.to), number(b.to));
    }

    /** The number in {@code "Name" [MOBILE:+1425...]} (MS-ASMS 2.2.2.1.1), else the text. */
    static String number(String address) {
        if (address == null) {
            return null;
        }
        int start = address.indexOf("[MOBILE:");
        int end = address.indexOf(']', start + 1);
        return start >= 0 && end > start
                ? address.substring(start + 8, end).trim()
                : address.trim();
    }
}
