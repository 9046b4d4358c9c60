package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 21, ComposeMail: MS-ASWBXML section 2.1.2.1.22. */
public enum ComposeMail implements Tag {
    SEND_MAIL(0x05, "SendMail"), // since 14.0
    SMART_FORWARD(0x06, "SmartForward"), // since 14.0
    SMART_REPLY(0x07, "SmartReply"), // since 14.0
    SAVE_IN_SENT_ITEMS(0x08, "SaveInSentItems"), // since 14.0
    REPLACE_MIME(0x09, "ReplaceMime"), // since 14.0
    TYPE(0x0A, "Type"), // legacy token, not in the current table
    SOURCE(0x0B, "Source"), // since 14.0
    FOLDER_ID(0x0C, "FolderId"), // since 14.0
    ITEM_ID(0x0D, "ItemId"), // since 14.0
    LONG_ID(0x0E, "LongId"), // since 14.0
    INSTANCE_ID(0x0F, "InstanceId"), // since 14.0
    MIME(0x10, "Mime"), // since 14.0
    CLIENT_ID(0x11, "ClientId"), // since 14.0
    STATUS(0x12, "Status"), // since 14.0
    ACCOUNT_ID(0x13, "AccountId"), // since 14.1
    FORWARDEES(0x15, "Forwardees"), // since 16.0
    FORWARDEE(0x16, "Forwardee"), // since 16.0
    NAME(0x17, "Name"), // since 16.0
    EMAIL(0x18, "Email"); // since 16.0

    private final int token;
    private final String xmlName;

    ComposeMail(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.COMPOSE_MAIL;
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
