package org.eassms.eas.sync.command.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import org.eassms.eas.protocol.common.Body;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.common.Flag;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.sync.domain.Item;

/**
 * Items to and from their ApplicationData (MS-ASMS 2.2), every field kept as the client sent it.
 */
@ApplicationScoped
public class ItemMapper {
    private final ObjectMapper json;

    ItemMapper(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Copies the fields present in {@code data} onto the item (all of them for an Add, the changed
     * ones otherwise).
     */
    public void apply(MessageData data, Item item) {
        if (data.to() != null) item.to = data.to();
        if (data.cc() != null) item.cc = data.cc();
        if (data.from() != null) item.from = data.from();
        if (data.subject() != null) item.subject = data.subject();
        if (data.dateReceived() != null)
            item.dateReceived = data.dateReceived().atOffset(ZoneOffset.UTC);
        if (data.importance() != null) item.importance = data.importance();
        if (data.read() != null) item.read = data.read();
        if (data.body() != null) {
            item.bodyType = data.body().type();
            item.body = data.body().data();
        }
        if (data.internetCpid() != null) item.internetCpid = data.internetCpid();
        if (data.messageClass() != null) item.messageClass = data.messageClass();
        if (data.flag() != null) item.flag = writeFlag(data.flag());
        if (data.conversationId() != null) item.conversationId = data.conversationId();
        if (data.conversationIndex() != null) item.conversationIndex = data.conversationIndex();
    }

    /**
     * The item as ApplicationData, its body cut to the client's plain-text TruncationSize
     * (MS-ASAIRS 2.2.2.40.2).
     */
    public MessageData toData(Item item, BodyPreference preference) {
        Body body = null;
        if (item.body != null) {
            String text = item.body;
            long size = Truncation.utf8Length(text);
            Boolean truncated = null;
            if (preference != null
                    && preference.truncationSize() != null
                    && size > preference.truncationSize()) {
                text = Truncation.toUtf8Bytes(text, preference.truncationSize());
                truncated = true;
            }
            body =
                    new Body(
                            item.bodyType == null ? Body.PLAIN_TEXT : item.bodyType,
                            size,
                            truncated,
                            text,
                            null);
        }
        return new MessageData(
                item.to,
                item.cc,
                item.from,
                item.subject,
                item.dateReceived == null ? null : item.dateReceived.toInstant(),
                null,
                item.importance,
                item.read,
                item.messageClass,
                body,
                item.internetCpid,
                readFlag(item.flag),
                item.conversationId,
                item.conversationIndex);
    }

    private String writeFlag(Flag flag) {
        try {
            return json.writeValueAsString(flag);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Flag readFlag(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Flag.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored flag unreadable", e);
        }
    }
}
