package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 19, DocumentLibrary: MS-ASWBXML section 2.1.2.1.20. */
public enum DocumentLibrary implements Tag {
    LINK_ID(0x05, "LinkId"),
    DISPLAY_NAME(0x06, "DisplayName"),
    IS_FOLDER(0x07, "IsFolder"),
    CREATION_DATE(0x08, "CreationDate"),
    LAST_MODIFIED_DATE(0x09, "LastModifiedDate"),
    IS_HIDDEN(0x0A, "IsHidden"),
    CONTENT_LENGTH(0x0B, "ContentLength"),
    CONTENT_TYPE(0x0C, "ContentType");

    private final int token;
    private final String xmlName;

    DocumentLibrary(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.DOCUMENT_LIBRARY;
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
