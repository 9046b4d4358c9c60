package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 23, Notes: MS-ASWBXML section 2.1.2.1.24. */
public enum Notes implements Tag {
    SUBJECT(0x05, "Subject"), // since 14.0
    MESSAGE_CLASS(0x06, "MessageClass"), // since 14.0
    LAST_MODIFIED_DATE(0x07, "LastModifiedDate"), // since 14.0
    CATEGORIES(0x08, "Categories"), // since 14.0
    CATEGORY(0x09, "Category"); // since 14.0

    private final int token;
    private final String xmlName;

    Notes(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.NOTES;
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
