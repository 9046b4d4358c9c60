package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 5, Move: MS-ASWBXML section 2.1.2.1.6. */
public enum Move implements Tag {
    MOVE_ITEMS(0x05, "MoveItems"),
    MOVE(0x06, "Move"),
    SRC_MSG_ID(0x07, "SrcMsgId"),
    SRC_FLD_ID(0x08, "SrcFldId"),
    DST_FLD_ID(0x09, "DstFldId"),
    RESPONSE(0x0A, "Response"),
    STATUS(0x0B, "Status"),
    DST_MSG_ID(0x0C, "DstMsgId");

    private final int token;
    private final String xmlName;

    Move(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.MOVE;
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
