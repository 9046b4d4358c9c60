package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 6, GetItemEstimate: MS-ASWBXML section 2.1.2.1.7. */
public enum GetItemEstimate implements Tag {
    GET_ITEM_ESTIMATE(0x05, "GetItemEstimate"),
    VERSION(
            0x06,
            "Version"), // only supported with protocol 12.1 (spec note, quoted by Aspose/libwbxml)
    COLLECTIONS(0x07, "Collections"),
    COLLECTION(0x08, "Collection"),
    CLASS(0x09, "Class"), // 12.1-only per libwbxml (r8.0) - unsure
    COLLECTION_ID(0x0A, "CollectionId"),
    DATE_TIME(
            0x0B,
            "DateTime"), // only supported with protocol 12.1 (spec note, quoted by Aspose/libwbxml)
    ESTIMATE(0x0C, "Estimate"),
    RESPONSE(0x0D, "Response"),
    STATUS(0x0E, "Status");

    private final int token;
    private final String xmlName;

    GetItemEstimate(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.GET_ITEM_ESTIMATE;
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
