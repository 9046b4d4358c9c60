package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 20, ItemOperations: MS-ASWBXML section 2.1.2.1.21. */
public enum ItemOperations implements Tag {
    ITEM_OPERATIONS(0x05, "ItemOperations"),
    FETCH(0x06, "Fetch"),
    STORE(0x07, "Store"),
    OPTIONS(0x08, "Options"),
    RANGE(0x09, "Range"),
    TOTAL(0x0A, "Total"),
    PROPERTIES(0x0B, "Properties"),
    DATA(0x0C, "Data"),
    STATUS(0x0D, "Status"),
    RESPONSE(0x0E, "Response"),
    VERSION(0x0F, "Version"),
    SCHEMA(0x10, "Schema"),
    PART(0x11, "Part"),
    EMPTY_FOLDER_CONTENTS(0x12, "EmptyFolderContents"),
    DELETE_SUB_FOLDERS(0x13, "DeleteSubFolders"),
    USER_NAME(0x14, "UserName"), // since 12.1
    PASSWORD(0x15, "Password"), // since 12.1
    MOVE(0x16, "Move"), // since 14.0
    DST_FLD_ID(0x17, "DstFldId"), // since 14.0
    CONVERSATION_ID(0x18, "ConversationId"), // since 14.0
    MOVE_ALWAYS(0x19, "MoveAlways"); // since 14.0

    private final int token;
    private final String xmlName;

    ItemOperations(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.ITEM_OPERATIONS;
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
