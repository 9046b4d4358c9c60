package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 0, AirSync: MS-ASWBXML section 2.1.2.1.1. */
public enum AirSync implements Tag {
    SYNC(0x05, "Sync"),
    RESPONSES(0x06, "Responses"),
    ADD(0x07, "Add"),
    CHANGE(0x08, "Change"),
    DELETE(0x09, "Delete"),
    FETCH(0x0A, "Fetch"),
    SYNC_KEY(0x0B, "SyncKey"),
    CLIENT_ID(0x0C, "ClientId"),
    SERVER_ID(0x0D, "ServerId"),
    STATUS(0x0E, "Status"),
    COLLECTION(0x0F, "Collection"),
    CLASS(0x10, "Class"),
    VERSION(0x11, "Version"), // deprecated (EAS 2.5), not in the current table
    COLLECTION_ID(0x12, "CollectionId"),
    GET_CHANGES(0x13, "GetChanges"),
    MORE_AVAILABLE(0x14, "MoreAvailable"),
    WINDOW_SIZE(0x15, "WindowSize"),
    COMMANDS(0x16, "Commands"),
    OPTIONS(0x17, "Options"),
    FILTER_TYPE(0x18, "FilterType"),
    TRUNCATION(0x19, "Truncation"), // deprecated (EAS 2.5), not in the current table
    RTF_TRUNCATION(0x1A, "RTFTruncation"), // deprecated (EAS 2.5), not in the current table
    CONFLICT(0x1B, "Conflict"),
    COLLECTIONS(0x1C, "Collections"),
    APPLICATION_DATA(0x1D, "ApplicationData"),
    DELETES_AS_MOVES(0x1E, "DeletesAsMoves"),
    NOTIFY_GUID(0x1F, "NotifyGUID"), // deprecated (EAS 2.5), not in the current table
    SUPPORTED(0x20, "Supported"),
    SOFT_DELETE(0x21, "SoftDelete"),
    MIME_SUPPORT(0x22, "MIMESupport"),
    MIME_TRUNCATION(0x23, "MIMETruncation"),
    WAIT(0x24, "Wait"), // since 12.1
    LIMIT(0x25, "Limit"), // since 12.1
    PARTIAL(0x26, "Partial"), // since 12.1
    CONVERSATION_MODE(0x27, "ConversationMode"), // since 14.0
    MAX_ITEMS(0x28, "MaxItems"), // since 14.0
    HEARTBEAT_INTERVAL(0x29, "HeartbeatInterval"); // since 14.0

    private final int token;
    private final String xmlName;

    AirSync(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.AIR_SYNC;
    }

    @Override
    public int token() {
        return token;
    }

    @Override
    public String xmlName() {
        return xmlName;
    }
}
