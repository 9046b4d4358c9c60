package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 25, Find: MS-ASWBXML section 2.1.2.1.26. */
public enum Find implements Tag {
    FIND(0x05, "Find"), // since 16.1
    SEARCH_ID(0x06, "SearchId"), // since 16.1
    EXECUTE_SEARCH(0x07, "ExecuteSearch"), // since 16.1
    MAIL_BOX_SEARCH_CRITERION(0x08, "MailBoxSearchCriterion"), // since 16.1
    QUERY(0x09, "Query"), // since 16.1
    STATUS(0x0A, "Status"), // since 16.1
    FREE_TEXT(0x0B, "FreeText"), // since 16.1
    OPTIONS(0x0C, "Options"), // since 16.1
    RANGE(0x0D, "Range"), // since 16.1
    DEEP_TRAVERSAL(0x0E, "DeepTraversal"), // since 16.1
    RESPONSE(0x11, "Response"), // since 16.1
    RESULT(0x12, "Result"), // since 16.1
    PROPERTIES(0x13, "Properties"), // since 16.1
    PREVIEW(0x14, "Preview"), // since 16.1
    HAS_ATTACHMENTS(0x15, "HasAttachments"), // since 16.1
    TOTAL(0x16, "Total"), // since 16.1
    DISPLAY_CC(0x17, "DisplayCc"), // since 16.1
    DISPLAY_BCC(0x18, "DisplayBcc"), // since 16.1
    GAL_SEARCH_CRITERION(0x19, "GalSearchCriterion"), // since 16.1
    MAX_PICTURES(0x20, "MaxPictures"), // since 16.1
    MAX_SIZE(0x21, "MaxSize"), // since 16.1
    PICTURE(0x22, "Picture"); // since 16.1

    private final int token;
    private final String xmlName;

    Find(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.FIND;
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
