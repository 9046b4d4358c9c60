package org.eassms.eas.sync.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The base64-encoded query form (MS-ASHTTP 2.2.1.1.1.1): protocol version, command code, locale,
 * device id, policy key, device type, then tagged command parameters. Read as clients really send
 * it: base64 with raw {@code +} and {@code /} or percent-encoded, with or without padding, in the
 * standard or the URL-safe alphabet; every length is checked against what is left.
 */
final class Base64Query {
    /** Command codes (MS-ASHTTP 2.2.1.1.1.1.2); null where a code names no command. */
    private static final String[] COMMAND_CODES = {
        "Sync",
        "SendMail",
        "SmartForward",
        "SmartReply",
        "GetAttachment",
        null,
        null,
        null,
        null,
        "FolderSync",
        "FolderCreate",
        "FolderDelete",
        "FolderUpdate",
        "MoveItems",
        "GetItemEstimate",
        "MeetingResponse",
        "Search",
        "Settings",
        "Ping",
        "ItemOperations",
        "Provision",
        "ResolveRecipients",
        "ValidateCert"
    };

    /** Command parameter tag of the user name (MS-ASHTTP 2.2.1.1.1.1.3). */
    private static final int PARAMETER_USER = 8;

    private final byte[] bytes;
    private int position;

    private Base64Query(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Empty when the text is not a well-formed base64 query. */
    static Optional<ActiveSyncQuery> decode(String rawQuery) {
        String text = percentDecoded(rawQuery);
        if (text == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
            bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Base64Query(bytes).read());
        } catch (Malformed malformed) {
            return Optional.empty();
        }
    }

    /**
     * Undoes %XX escapes only: a raw {@code +} is a base64 digit here, not a space as in a form.
     * Null for a broken escape or anything but base64 text.
     */
    private static String percentDecoded(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                c = (char) (high << 4 | low);
                i += 2;
            }
            if (!isBase64Text(c)) {
                return null;
            }
            text.append(c);
        }
        return text.toString();
    }

    private static boolean isBase64Text(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '/'
                || c == '-'
                || c == '_'
                || c == '=';
    }

    private ActiveSyncQuery read() throws Malformed {
        int version = unsigned();
        int code = unsigned();
        take(2); // the locale
        byte[] deviceId = take(unsigned());
        if (deviceId.length == 0) {
            throw new Malformed();
        }
        Long policyKey =
                switch (unsigned()) {
                    case 0 -> null;
                    case 4 -> littleEndian(take(4));
                    default -> throw new Malformed();
                };
        String deviceType = new String(take(unsigned()), StandardCharsets.UTF_8);
        String user = null;
        while (position < bytes.length) {
            int tag = unsigned();
            byte[] value = take(unsigned());
            if (tag == PARAMETER_USER) {
                user = new String(value, StandardCharsets.UTF_8);
            }
        }
        if (code >= COMMAND_CODES.length || COMMAND_CODES[code] == null) {
            throw new Malformed();
        }
        return new ActiveSyncQuery(
                COMMAND_CODES[code],
                user,
                printable(deviceId),
                deviceType,
                (version / 10) + "." + (version % 10),
                policyKey);
    }

    private int unsigned() throws Malformed {
        if (position >= bytes.length) {
            throw new Malformed();
        }
        return bytes[position++] & 0xFF;
    }

    private byte[] take(int length) throws Malformed {
        if (length > bytes.length - position) {
            throw new Malformed();
        }
        byte[] taken = new byte[length];
        System.arraycopy(bytes, position, taken, 0, length);
        position += length;
        return taken;
    }

    private static long littleEndian(byte[] four) {
        return (four[0] & 0xFFL)
                | (four[1] & 0xFFL) << 8
                | (four[2] & 0xFFL) << 16
                | (four[3] & 0xFFL) << 24;
    }

    /** Some clients send a binary GUID as the device id: printable ids as they are, others hex. */
    private static String printable(byte[] id) {
        for (byte b : id) {
            if (b < 0x21 || b > 0x7E) {
                return HexFormat.of().formatHex(id);
            }
        }
        return new String(id, StandardCharsets.US_ASCII);
    }

    /** The query does not hold what its lengths and codes say. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
