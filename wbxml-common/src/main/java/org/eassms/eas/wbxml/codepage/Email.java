package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 2, Email: MS-ASWBXML section 2.1.2.1.3. */
public enum Email implements Tag {
    ATTACHMENT(0x05, "Attachment"), // deprecated (EAS 2.5), not in the current table
    ATTACHMENTS(0x06, "Attachments"), // deprecated (EAS 2.5), not in the current table
    ATT_NAME(0x07, "AttName"), // deprecated (EAS 2.5), not in the current table
    ATT_SIZE(0x08, "AttSize"), // deprecated (EAS 2.5), not in the current table
    ATT0_ID(0x09, "Att0Id"), // deprecated (EAS 2.5), not in the current table
    ATT_METHOD(0x0A, "AttMethod"), // deprecated (EAS 2.5), not in the current table
    ATT_REMOVED(0x0B, "AttRemoved"), // deprecated (EAS 2.5), not in the current table
    BODY(0x0C, "Body"), // deprecated (EAS 2.5), not in the current table
    BODY_SIZE(0x0D, "BodySize"), // deprecated (EAS 2.5), not in the current table
    BODY_TRUNCATED(0x0E, "BodyTruncated"), // deprecated (EAS 2.5), not in the current table
    DATE_RECEIVED(0x0F, "DateReceived"),
    DISPLAY_NAME(0x10, "DisplayName"), // deprecated (EAS 2.5), not in the current table
    DISPLAY_TO(0x11, "DisplayTo"),
    IMPORTANCE(0x12, "Importance"),
    MESSAGE_CLASS(0x13, "MessageClass"),
    SUBJECT(0x14, "Subject"),
    READ(0x15, "Read"),
    TO(0x16, "To"),
    CC(0x17, "Cc"),
    FROM(0x18, "From"),
    REPLY_TO(0x19, "ReplyTo"), // libwbxml spells Reply-To
    ALL_DAY_EVENT(0x1A, "AllDayEvent"),
    CATEGORIES(0x1B, "Categories"), // since 14.0
    CATEGORY(0x1C, "Category"), // since 14.0
    DT_STAMP(0x1D, "DtStamp"),
    END_TIME(0x1E, "EndTime"),
    INSTANCE_TYPE(0x1F, "InstanceType"),
    BUSY_STATUS(0x20, "BusyStatus"),
    LOCATION(0x21, "Location"), // not in 16.x (airsyncbase:Location used) per grommunio - unsure
    MEETING_REQUEST(0x22, "MeetingRequest"),
    ORGANIZER(0x23, "Organizer"),
    RECURRENCE_ID(0x24, "RecurrenceId"),
    REMINDER(0x25, "Reminder"),
    RESPONSE_REQUESTED(0x26, "ResponseRequested"),
    RECURRENCES(0x27, "Recurrences"),
    RECURRENCE(0x28, "Recurrence"),
    TYPE(0x29, "Type"),
    UNTIL(0x2A, "Until"),
    OCCURRENCES(0x2B, "Occurrences"),
    INTERVAL(0x2C, "Interval"),
    DAY_OF_WEEK(0x2D, "DayOfWeek"),
    DAY_OF_MONTH(0x2E, "DayOfMonth"),
    WEEK_OF_MONTH(0x2F, "WeekOfMonth"),
    MONTH_OF_YEAR(0x30, "MonthOfYear"),
    START_TIME(0x31, "StartTime"),
    SENSITIVITY(0x32, "Sensitivity"),
    TIME_ZONE(0x33, "TimeZone"),
    GLOBAL_OBJ_ID(0x34, "GlobalObjId"), // not in 16.x (calendar:UID used) per grommunio - unsure
    THREAD_TOPIC(0x35, "ThreadTopic"),
    MIME_DATA(0x36, "MIMEData"), // deprecated (EAS 2.5), not in the current table
    MIME_TRUNCATED(0x37, "MIMETruncated"), // deprecated (EAS 2.5), not in the current table
    MIME_SIZE(0x38, "MIMESize"), // deprecated (EAS 2.5), not in the current table
    INTERNET_CPID(0x39, "InternetCPID"),
    FLAG(0x3A, "Flag"), // since 12.0
    STATUS(0x3B, "Status"), // since 12.0
    CONTENT_CLASS(0x3C, "ContentClass"), // since 12.0
    FLAG_TYPE(0x3D, "FlagType"), // since 12.0
    COMPLETE_TIME(0x3E, "CompleteTime"), // since 12.0
    DISALLOW_NEW_TIME_PROPOSAL(0x3F, "DisallowNewTimeProposal"); // since 14.0

    private final int token;
    private final String xmlName;

    Email(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.EMAIL;
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
