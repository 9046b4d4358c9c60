package org.eassms.eas.protocol.sync;

import static org.eassms.eas.protocol.common.Values.intOf;

import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.wbxml.Tag;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;

/**
 * One entry of a Sync collection's Commands (client or server changes) or Responses (the server's
 * answer to client changes): MS-ASCMD 2.2.3.7 Add, 2.2.3.24 Change, 2.2.3.42 Delete, 2.2.3.63
 * Fetch, 2.2.3.161 SoftDelete. {@code itemClass} is {@code "SMS"} for SMS items (MS-ASMS 2.2.2.2.2)
 * and null for the folder's default class.
 */
public record SyncCommand(
        Type type,
        String itemClass,
        String serverId,
        String clientId,
        Integer status,
        MessageData data) {

    /** The command's element name on the AirSync page. */
    public enum Type {
        ADD(AirSync.ADD),
        CHANGE(AirSync.CHANGE),
        DELETE(AirSync.DELETE),
        SOFT_DELETE(AirSync.SOFT_DELETE),
        FETCH(AirSync.FETCH);

        private final Tag tag;

        Type(Tag tag) {
            this.tag = tag;
        }

        public Tag tag() {
            return tag;
        }

        static Type of(Tag tag) {
            for (Type type : values()) {
                if (type.tag == tag) {
                    return type;
                }
            }
            return null;
        }
    }

    public static SyncCommand clientAdd(String itemClass, String clientId, MessageData data) {
        return new SyncCommand(Type.ADD, itemClass, null, clientId, null, data);
    }

    public static SyncCommand serverAdd(String itemClass, String serverId, MessageData data) {
        return new SyncCommand(Type.ADD, itemClass, serverId, null, null, data);
    }

    public static SyncCommand change(String itemClass, String serverId, MessageData data) {
        return new SyncCommand(Type.CHANGE, itemClass, serverId, null, null, data);
    }

    public static SyncCommand delete(String itemClass, String serverId) {
        return new SyncCommand(Type.DELETE, itemClass, serverId, null, null, null);
    }

    public static SyncCommand softDelete(String serverId) {
        return new SyncCommand(Type.SOFT_DELETE, null, serverId, null, null, null);
    }

    /** The server's answer to a client Add: the new ServerId for the client's ClientId. */
    public static SyncCommand addResponse(
            String itemClass, String clientId, String serverId, int status) {
        return new SyncCommand(Type.ADD, itemClass, serverId, clientId, status, null);
    }

    public static SyncCommand response(Type type, String itemClass, String serverId, int status) {
        return new SyncCommand(type, itemClass, serverId, null, status, null);
    }

    /** Decodes an Add, Change, Delete, SoftDelete or Fetch element; null for any other element. */
    public static SyncCommand decode(Element element) {
        Type type = Type.of(element.tag());
        if (type == null) {
            return null;
        }
        Element data = element.child(AirSync.APPLICATION_DATA);
        SyncCommand command =
                new SyncCommand(
                        type,
                        element.textOf(AirSync.CLASS),
                        element.textOf(AirSync.SERVER_ID),
                        element.textOf(AirSync.CLIENT_ID),
                        intOf(element, AirSync.STATUS),
                        data == null ? null : MessageData.decode(data));
        if (type != Type.ADD && command.serverId == null && command.status == null) {
            throw new ProtocolException(
                    "AirSync:" + element.tag().xmlName() + " lacks its ServerId");
        }
        return command;
    }

    /** Element order of MS-ASCMD 2.2.3.7.2: Class, ClientId, ServerId, Status, ApplicationData. */
    public Element encode() {
        Element element =
                Element.of(type.tag)
                        .addIfPresent(AirSync.CLASS, itemClass)
                        .addIfPresent(AirSync.CLIENT_ID, clientId)
                        .addIfPresent(AirSync.SERVER_ID, serverId)
                        .addIfPresent(AirSync.STATUS, status);
        if (data != null) {
            element.add(data.encode());
        }
        return element;
    }
}
