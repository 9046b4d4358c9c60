package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 8, MeetingResponse: MS-ASWBXML section 2.1.2.1.9. */
public enum MeetingResponse implements Tag {
    CALENDAR_ID(0x05, "CalendarId"),
    COLLECTION_ID(0x06, "CollectionId"),
    MEETING_RESPONSE(0x07, "MeetingResponse"),
    REQUEST_ID(0x08, "RequestId"),
    REQUEST(0x09, "Request"),
    RESULT(0x0A, "Result"),
    STATUS(0x0B, "Status"),
    USER_RESPONSE(0x0C, "UserResponse"),
    VERSION(0x0D, "Version"), // deprecated (EAS 2.5), not in the current table
    INSTANCE_ID(0x0E, "InstanceId"), // since 14.1
    PROPOSED_START_TIME(0x10, "ProposedStartTime"), // since 16.1
    PROPOSED_END_TIME(0x11, "ProposedEndTime"), // since 16.1
    SEND_RESPONSE(0x12, "SendResponse"); // since 16.0

    private final int token;
    private final String xmlName;

    MeetingResponse(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.MEETING_RESPONSE;
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
