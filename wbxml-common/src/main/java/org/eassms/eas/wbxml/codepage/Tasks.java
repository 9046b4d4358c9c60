package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 9, Tasks: MS-ASWBXML section 2.1.2.1.10. */
public enum Tasks implements Tag {
    BODY(0x05, "Body"), // deprecated (EAS 2.5), not in the current table
    BODY_SIZE(0x06, "BodySize"), // deprecated (EAS 2.5), not in the current table
    BODY_TRUNCATED(0x07, "BodyTruncated"), // deprecated (EAS 2.5), not in the current table
    CATEGORIES(0x08, "Categories"),
    CATEGORY(0x09, "Category"),
    COMPLETE(0x0A, "Complete"),
    DATE_COMPLETED(0x0B, "DateCompleted"),
    DUE_DATE(0x0C, "DueDate"),
    UTC_DUE_DATE(0x0D, "UtcDueDate"),
    IMPORTANCE(0x0E, "Importance"),
    RECURRENCE(0x0F, "Recurrence"),
    TYPE(0x10, "Type"),
    START(0x11, "Start"),
    UNTIL(0x12, "Until"),
    OCCURRENCES(0x13, "Occurrences"),
    INTERVAL(0x14, "Interval"),
    DAY_OF_MONTH(0x15, "DayOfMonth"),
    DAY_OF_WEEK(0x16, "DayOfWeek"),
    WEEK_OF_MONTH(0x17, "WeekOfMonth"),
    MONTH_OF_YEAR(0x18, "MonthOfYear"),
    REGENERATE(0x19, "Regenerate"),
    DEAD_OCCUR(0x1A, "DeadOccur"),
    REMINDER_SET(0x1B, "ReminderSet"),
    REMINDER_TIME(0x1C, "ReminderTime"),
    SENSITIVITY(0x1D, "Sensitivity"),
    START_DATE(0x1E, "StartDate"),
    UTC_START_DATE(0x1F, "UtcStartDate"),
    SUBJECT(0x20, "Subject"),
    COMPRESSED_RTF(0x21, "CompressedRTF"), // deprecated (EAS 2.5), not in the current table
    ORDINAL_DATE(0x22, "OrdinalDate"), // since 12.0
    SUB_ORDINAL_DATE(0x23, "SubOrdinalDate"), // since 12.0
    CALENDAR_TYPE(0x24, "CalendarType"), // since 14.0
    IS_LEAP_MONTH(0x25, "IsLeapMonth"), // since 14.0
    FIRST_DAY_OF_WEEK(0x26, "FirstDayOfWeek"); // since 14.1

    private final int token;
    private final String xmlName;

    Tasks(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.TASKS;
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
