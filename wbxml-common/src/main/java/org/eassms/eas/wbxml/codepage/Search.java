package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 15, Search: MS-ASWBXML section 2.1.2.1.16. */
public enum Search implements Tag {
    SEARCH(0x05, "Search"),
    STORES(0x06, "Stores"), // deprecated (EAS 2.5), not in the current table
    STORE(0x07, "Store"),
    NAME(0x08, "Name"),
    QUERY(0x09, "Query"),
    OPTIONS(0x0A, "Options"),
    RANGE(0x0B, "Range"),
    STATUS(0x0C, "Status"),
    RESPONSE(0x0D, "Response"),
    RESULT(0x0E, "Result"),
    PROPERTIES(0x0F, "Properties"),
    TOTAL(0x10, "Total"),
    EQUAL_TO(0x11, "EqualTo"), // since 12.0
    VALUE(0x12, "Value"), // since 12.0
    AND(0x13, "And"), // since 12.0
    OR(0x14, "Or"), // since 12.0
    FREE_TEXT(0x15, "FreeText"), // since 12.0
    SUBSTRING_OP(0x16, "SubstringOp"), // deprecated (EAS 2.5), not in the current table
    DEEP_TRAVERSAL(0x17, "DeepTraversal"), // since 12.0
    LONG_ID(0x18, "LongId"), // since 12.0
    REBUILD_RESULTS(0x19, "RebuildResults"), // since 12.0
    LESS_THAN(0x1A, "LessThan"), // since 12.0
    GREATER_THAN(0x1B, "GreaterThan"), // since 12.0
    SCHEMA(0x1C, "Schema"), // deprecated (EAS 2.5), not in the current table
    SUPPORTED(0x1D, "Supported"), // deprecated (EAS 2.5), not in the current table
    USER_NAME(0x1E, "UserName"), // since 12.1
    PASSWORD(0x1F, "Password"), // since 12.1
    CONVERSATION_ID(0x20, "ConversationId"), // since 14.0
    PICTURE(0x21, "Picture"), // since 14.1
    MAX_SIZE(0x22, "MaxSize"), // since 14.1
    MAX_PICTURES(0x23, "MaxPictures"); // since 14.1

    private final int token;
    private final String xmlName;

    Search(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.SEARCH;
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
