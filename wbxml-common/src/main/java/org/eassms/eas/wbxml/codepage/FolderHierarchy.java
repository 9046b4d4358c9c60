package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 7, FolderHierarchy: MS-ASWBXML section 2.1.2.1.8. */
public enum FolderHierarchy implements Tag {
    FOLDERS(0x05, "Folders"), // legacy (2.5/12.x)
    FOLDER(0x06, "Folder"), // legacy (2.5/12.x)
    DISPLAY_NAME(0x07, "DisplayName"),
    SERVER_ID(0x08, "ServerId"),
    PARENT_ID(0x09, "ParentId"),
    TYPE(0x0A, "Type"),
    RESPONSE(0x0B, "Response"), // deprecated (EAS 2.5), not in the current table
    STATUS(0x0C, "Status"),
    CONTENT_CLASS(0x0D, "ContentClass"), // deprecated (EAS 2.5), not in the current table
    CHANGES(0x0E, "Changes"),
    ADD(0x0F, "Add"),
    DELETE(0x10, "Delete"),
    UPDATE(0x11, "Update"),
    SYNC_KEY(0x12, "SyncKey"),
    FOLDER_CREATE(0x13, "FolderCreate"),
    FOLDER_DELETE(0x14, "FolderDelete"),
    FOLDER_UPDATE(0x15, "FolderUpdate"),
    FOLDER_SYNC(0x16, "FolderSync"),
    COUNT(0x17, "Count"),
    VERSION(0x18, "Version"); // deprecated (EAS 2.5), not in the current table

    private final int token;
    private final String xmlName;

    FolderHierarchy(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.FOLDER_HIERARCHY;
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
