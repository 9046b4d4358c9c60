package org.eassms.eas.protocol.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.Tag;
import org.eassms.eas.wbxml.dom.Element;

/**
 * Strict conversions between element text and typed values, failing with {@link ProtocolException}.
 */
public final class Values {
    /** MS-ASDTYPE 2.3 dateTime as ActiveSync writes it: {@code 2009-01-08T00:14:36.000Z}. */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Values() {}

    /** The integer text of the child with this tag, or null when there is no such child. */
    public static Integer intOf(Element parent, Tag tag) {
        String text = parent.textOf(tag);
        return text == null ? null : parseInt(text, tag);
    }

    public static Long longOf(Element parent, Tag tag) {
        String text = parent.textOf(tag);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ProtocolException(
                    tag.qualifiedName() + " is not a number: '" + abbreviate(text) + "'");
        }
    }

    public static int parseInt(String text, Tag tag) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ProtocolException(
                    tag.qualifiedName() + " is not a number: '" + abbreviate(text) + "'");
        }
    }

    /** The text of a required child. */
    public static String required(Element parent, Tag tag) {
        String text = parent.textOf(tag);
        if (text == null) {
            throw new ProtocolException(
                    parent.tag().qualifiedName() + " lacks its required " + tag.qualifiedName());
        }
        return text;
    }

    /**
     * A flag element that may be empty ({@code <GetChanges/>}, meaning 1) or carry 0 or 1; null
     * when absent.
     */
    public static Boolean flagOf(Element parent, Tag tag) {
        Element child = parent.child(tag);
        if (child == null) {
            return null;
        }
        String text = child.text().strip();
        return switch (text) {
            case "", "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw new ProtocolException(tag.qualifiedName() + " must be empty, 0 or 1");
        };
    }

    /** A 0/1 boolean value element; null when absent. */
    public static Boolean booleanOf(Element parent, Tag tag) {
        Integer value = intOf(parent, tag);
        if (value == null) {
            return null;
        }
        if (value != 0 && value != 1) {
            throw new ProtocolException(tag.qualifiedName() + " must be 0 or 1");
        }
        return value == 1;
    }

    public static Instant instantOf(Element parent, Tag tag) {
        String text = parent.textOf(tag);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProtocolException(
                    tag.qualifiedName() + " is not a dateTime: '" + abbreviate(text) + "'");
        }
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    public static String bit(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    /** Fails unless the document's root is the command's own element. */
    public static void expectRoot(Element root, Tag expected) {
        if (root.tag() != expected) {
            throw new ProtocolException(
                    "expected " + expected.qualifiedName() + ", got " + root.tag().qualifiedName());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
