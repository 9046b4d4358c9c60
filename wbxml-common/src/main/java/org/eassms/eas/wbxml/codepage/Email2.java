package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 22, Email2: MS-ASWBXML section 2.1.2.1.23. */
public enum Email2 implements Tag {
    UM_CALLER_ID(0x05, "UmCallerID"), // since 14.0
    UM_USER_NOTES(0x06, "UmUserNotes"), // since 14.0
    UM_ATT_DURATION(0x07, "UmAttDuration"), // since 14.0
    UM_ATT_ORDER(0x08, "UmAttOrder"), // since 14.0
    CONVERSATION_ID(0x09, "ConversationId"), // since 14.0
    CONVERSATION_INDEX(0x0A, "ConversationIndex"), // since 14.0
    LAST_VERB_EXECUTED(0x0B, "LastVerbExecuted"), // since 14.0
    LAST_VERB_EXECUTION_TIME(0x0C, "LastVerbExecutionTime"), // since 14.0
    RECEIVED_AS_BCC(0x0D, "ReceivedAsBcc"), // since 14.0
    SENDER(0x0E, "Sender"), // since 14.0
    CALENDAR_TYPE(0x0F, "CalendarType"), // since 14.0
    IS_LEAP_MONTH(0x10, "IsLeapMonth"), // since 14.0
    ACCOUNT_ID(0x11, "AccountId"), // since 14.1
    FIRST_DAY_OF_WEEK(0x12, "FirstDayOfWeek"), // since 14.1
    MEETING_MESSAGE_TYPE(0x13, "MeetingMessageType"), // since 14.1
    IS_DRAFT(0x15, "IsDraft"), // since 16.0
    BCC(0x16, "Bcc"), // since 16.0
    SEND(0x17, "Send"); // since 16.0

    private final int token;
    private final String xmlName;

    Email2(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.EMAIL2;
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
