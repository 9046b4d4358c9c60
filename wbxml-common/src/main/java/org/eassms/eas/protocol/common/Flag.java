package org.eassms.eas.protocol.common;

import static org.eassms.eas.protocol.common.Values.intOf;

import org.eassms.eas.wbxml.codepage.Email;
import org.eassms.eas.wbxml.codepage.Tasks;
import org.eassms.eas.wbxml.dom.Element;

/**
 * Email Flag (MS-ASEMAIL 2.2.2.27) with every child MS-ASMS 2.2 names. Dates are kept as the text
 * the client sent, so they come back byte for byte. An empty {@code <Flag/>} (all fields null)
 * clears the flag.
 *
 * <p>MS-ASMS calls the UTC due date "UTCEndDate"; on the wire it is Tasks:UtcDueDate.
 */
public record Flag(
        Integer status,
        String flagType,
        String completeTime,
        String subject,
        String dateCompleted,
        String startDate,
        String dueDate,
        String utcStartDate,
        String utcDueDate,
        Integer reminderSet,
        String reminderTime,
        String ordinalDate,
        String subOrdinalDate) {

    public static final Flag CLEARED =
            new Flag(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public static Flag decode(Element flag) {
        return new Flag(
                intOf(flag, Email.STATUS),
                flag.textOf(Email.FLAG_TYPE),
                flag.textOf(Email.COMPLETE_TIME),
                flag.textOf(Tasks.SUBJECT),
                flag.textOf(Tasks.DATE_COMPLETED),
                flag.textOf(Tasks.START_DATE),
                flag.textOf(Tasks.DUE_DATE),
                flag.textOf(Tasks.UTC_START_DATE),
                flag.textOf(Tasks.UTC_DUE_DATE),
                intOf(flag, Tasks.REMINDER_SET),
                flag.textOf(Tasks.REMINDER_TIME),
                flag.textOf(Tasks.ORDINAL_DATE),
                flag.textOf(Tasks.SUB_ORDINAL_DATE));
    }

    public Element encode() {
        return Element.of(Email.FLAG)
                .addIfPresent(Email.STATUS, status)
                .addIfPresent(Email.FLAG_TYPE, flagType)
                .addIfPresent(Email.COMPLETE_TIME, completeTime)
                .addIfPresent(Tasks.SUBJECT, subject)
                .addIfPresent(Tasks.DATE_COMPLETED, dateCompleted)
                .addIfPresent(Tasks.START_DATE, startDate)
                .addIfPresent(Tasks.DUE_DATE, dueDate)
                .addIfPresent(Tasks.UTC_START_DATE, utcStartDate)
                .addIfPresent(Tasks.UTC_DUE_DATE, utcDueDate)
                .addIfPresent(Tasks.REMINDER_SET, reminderSet)
                .addIfPresent(Tasks.REMINDER_TIME, reminderTime)
                .addIfPresent(Tasks.ORDINAL_DATE, ordinalDate)
                .addIfPresent(Tasks.SUB_ORDINAL_DATE, subOrdinalDate);
    }
}
