package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 4, Calendar: MS-ASWBXML section 2.1.2.1.5. */
public enum Calendar implements Tag {
    TIMEZONE(0x05, "Timezone"),
    ALL_DAY_EVENT(0x06, "AllDayEvent"),
    ATTENDEES(0x07, "Attendees"),
    ATTENDEE(0x08, "Attendee"),
    EMAIL(0x09, "Email"),
    NAME(0x0A, "Name"),
    BODY(0x0B, "Body"), // deprecated (EAS 2.5), not in the current table
    BODY_TRUNCATED(0x0C, "BodyTruncated"), // deprecated (EAS 2.5), not in the current table
    BUSY_STATUS(0x0D, "BusyStatus"),
    CATEGORIES(0x0E, "Categories"),
    CATEGORY(0x0F, "Category"),
    COMPRESSED_RTF(0x10, "CompressedRTF"), // deprecated (EAS 2.5), not in the current table
    DT_STAMP(0x11, "DtStamp"),
    END_TIME(0x12, "EndTime"),
    EXCEPTION(0x13, "Exception"),
    EXCEPTIONS(0x14, "Exceptions"),
    DELETED(0x15, "Deleted"),
    EXCEPTION_START_TIME(
            0x16, "ExceptionStartTime"), // not in 16.x (MS-ASCAL 2.2.2.23 support table: 2.5-14.1)
    LOCATION(0x17, "Location"), // not in 16.x (airsyncbase:Location used) per grommunio - unsure
    MEETING_STATUS(0x18, "MeetingStatus"),
    ORGANIZER_EMAIL(0x19, "OrganizerEmail"),
    ORGANIZER_NAME(0x1A, "OrganizerName"),
    RECURRENCE(0x1B, "Recurrence"),
    TYPE(0x1C, "Type"),
    UNTIL(0x1D, "Until"),
    OCCURRENCES(0x1E, "Occurrences"),
    INTERVAL(0x1F, "Interval"),
    DAY_OF_WEEK(0x20, "DayOfWeek"),
    DAY_OF_MONTH(0x21, "DayOfMonth"),
    WEEK_OF_MONTH(0x22, "WeekOfMonth"),
    MONTH_OF_YEAR(0x23, "MonthOfYear"),
    REMINDER(0x24, "Reminder"),
    SENSITIVITY(0x25, "Sensitivity"),
    SUBJECT(0x26, "Subject"),
    START_TIME(0x27, "StartTime"),
    UID(0x28, "UID"),
    ATTENDEE_STATUS(0x29, "AttendeeStatus"), // since 12.0
    ATTENDEE_TYPE(0x2A, "AttendeeType"), // since 12.0
    ATTACHMENT(0x2B, "Attachment"), // legacy token, not in the current table
    ATTACHMENTS(0x2C, "Attachments"), // legacy token, not in the current table
    ATT_NAME(0x2D, "AttName"), // legacy token, not in the current table
    ATT_SIZE(0x2E, "AttSize"), // legacy token, not in the current table
    ATT_OID(0x2F, "AttOid"), // legacy token, not in the current table
    ATT_METHOD(0x30, "AttMethod"), // legacy token, not in the current table
    ATT_REMOVED(0x31, "AttRemoved"), // legacy token, not in the current table
    DISPLAY_NAME(0x32, "DisplayName"), // legacy token, not in the current table
    DISALLOW_NEW_TIME_PROPOSAL(0x33, "DisallowNewTimeProposal"), // since 14.0
    RESPONSE_REQUESTED(0x34, "ResponseRequested"), // since 14.0
    APPOINTMENT_REPLY_TIME(0x35, "AppointmentReplyTime"), // since 14.0
    RESPONSE_TYPE(0x36, "ResponseType"), // since 14.0
    CALENDAR_TYPE(0x37, "CalendarType"), // since 14.0
    IS_LEAP_MONTH(0x38, "IsLeapMonth"), // since 14.0
    FIRST_DAY_OF_WEEK(0x39, "FirstDayOfWeek"), // since 14.1
    ONLINE_MEETING_CONF_LINK(0x3A, "OnlineMeetingConfLink"), // since 14.1
    ONLINE_MEETING_EXTERNAL_LINK(0x3B, "OnlineMeetingExternalLink"), // since 14.1
    CLIENT_UID(0x3C, "ClientUid"); // since 16.0

    private final int token;
    private final String xmlName;

    Calendar(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.CALENDAR;
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
