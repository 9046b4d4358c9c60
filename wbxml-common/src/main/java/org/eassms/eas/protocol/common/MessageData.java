package org.eassms.eas.protocol.common;

import static org.eassms.eas.protocol.common.Values.booleanOf;
import static org.eassms.eas.protocol.common.Values.instantOf;
import static org.eassms.eas.protocol.common.Values.intOf;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.codepage.Email;
import org.eassms.eas.wbxml.codepage.Email2;
import org.eassms.eas.wbxml.dom.Element;

/**
 * The ApplicationData of an SMS item (MS-ASMS 2.2) or of an e-mail item at the depth needed beside
 * it (MS-ASEMAIL): To, From ({@code "Name" [MOBILE:+number]} for SMS), DateReceived (for Sent Items
 * the time the phone sent it), Importance, Read, Body, InternetCPID, Flag, and the Email2
 * ConversationId and ConversationIndex as opaque bytes. Absent fields are null; a Change carries
 * only what changed.
 */
public record MessageData(
        String to,
        String cc,
        String from,
        String subject,
        Instant dateReceived,
        String displayTo,
        Integer importance,
        Boolean read,
        String messageClass,
        Body body,
        String internetCpid,
        Flag flag,
        byte[] conversationId,
        byte[] conversationIndex) {

    /** An SMS item as a phone or the server would write it. */
    public static MessageData sms(String to, String from, Instant dateReceived, String text) {
        return new MessageData(
                to,
                null,
                from,
                null,
                dateReceived,
                null,
                1,
                Boolean.FALSE,
                null,
                Body.plainText(text),
                null,
                null,
                null,
                null);
    }

    public static MessageData decode(Element data) {
        Element body = data.child(AirSyncBase.BODY);
        Element flag = data.child(Email.FLAG);
        return new MessageData(
                data.textOf(Email.TO),
                data.textOf(Email.CC),
                data.textOf(Email.FROM),
                data.textOf(Email.SUBJECT),
                instantOf(data, Email.DATE_RECEIVED),
                data.textOf(Email.DISPLAY_TO),
                intOf(data, Email.IMPORTANCE),
                booleanOf(data, Email.READ),
                data.textOf(Email.MESSAGE_CLASS),
                body == null ? null : Body.decode(body),
                data.textOf(Email.INTERNET_CPID),
                flag == null ? null : Flag.decode(flag),
                data.bytesOf(Email2.CONVERSATION_ID),
                data.bytesOf(Email2.CONVERSATION_INDEX));
    }

    /** The ApplicationData element, fields in the order of the MS-ASMS 4.3 example. */
    public Element encode() {
        Element data =
                Element.of(AirSync.APPLICATION_DATA)
                        .addIfPresent(Email.TO, to)
                        .addIfPresent(Email.CC, cc)
                        .addIfPresent(Email.FROM, from)
                        .addIfPresent(Email.SUBJECT, subject)
                        .addIfPresent(Email.DATE_RECEIVED, Values.format(dateReceived))
                        .addIfPresent(Email.DISPLAY_TO, displayTo)
                        .addIfPresent(Email.IMPORTANCE, importance)
                        .addIfPresent(Email.READ, Values.bit(read))
                        .addIfPresent(Email.MESSAGE_CLASS, messageClass);
        if (body != null) {
            data.add(body.encode());
        }
        data.addIfPresent(Email.INTERNET_CPID, internetCpid);
        if (flag != null) {
            data.add(flag.encode());
        }
        return data.addOpaqueIfPresent(Email2.CONVERSATION_ID, conversationId)
                .addOpaqueIfPresent(Email2.CONVERSATION_INDEX, conversationIndex);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageData m
                && Objects.equals(to, m.to)
                && Objects.equals(cc, m.cc)
                && Objects.equals(from, m.from)
                && Objects.equals(subject, m.subject)
                && Objects.equals(dateReceived, m.dateReceived)
                && Objects.equals(displayTo, m.displayTo)
                && Objects.equals(importance, m.importance)
                && Objects.equals(read, m.read)
                && Objects.equals(messageClass, m.messageClass)
                && Objects.equals(body, m.body)
                && Objects.equals(internetCpid, m.internetCpid)
                && Objects.equals(flag, m.flag)
                && Arrays.equals(conversationId, m.conversationId)
                && Arrays.equals(conversationIndex, m.conversationIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, from, dateReceived, body) * 31 + Arrays.hashCode(conversationId);
    }

    @Override
    public String toString() {
        return "MessageData[to="
                + to
                + ", from="
                + from
                + ", dateReceived="
                + dateReceived
                + ", body="
                + body
                + "]";
    }
}
