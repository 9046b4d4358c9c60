package org.eassms.eas.sync.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an ActiveSync POST (MS-ASHTTP 2.2.1.1.1), from either query form: the plain one
 * ({@code Cmd=Sync&User=alice&DeviceId=...&DeviceType=...}) or the base64-encoded binary one
 * (2.2.1.1.1.1), which also carries the protocol version and policy key that the plain form sends
 * as headers.
 */
public record ActiveSyncQuery(
        String command,
        String user,
        String deviceId,
        String deviceType,
        String protocolVersion,
        Long policyKey) {

    /** Command codes of the base64 form (MS-ASHTTP 2.2.1.1.1.1.2). */
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

    private static final int PARAMETER_USER = 8;

    /**
     * Parses a raw (still URL-encoded) query string; empty when it is neither form or lacks Cmd or
     * DeviceId.
     */
    public static Optional<ActiveSyncQuery> parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        return rawQuery.contains("=") && rawQuery.toLowerCase(Locale.ROOT).contains("cmd=")
                ? parsePlain(rawQuery)
                : parseBase64(URLDecoder.decode(rawQuery, StandardCharsets.UTF_8));
    }

    private static Optional<ActiveSyncQuery> parsePlain(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                                .toLowerCase(Locale.ROOT),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String command = params.get("cmd");
        String deviceId = params.get("deviceid");
        if (command == null || command.isEmpty() || deviceId == null || deviceId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ActiveSyncQuery(
                        command,
                        params.get("user"),
                        deviceId,
                        params.getOrDefault("devicetype", "Unknown"),
                        null,
                        null));
    }

    private static Optional<ActiveSyncQuery> parseBase64(String encoded) {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            int pos = 0;
            int version = b[pos++] & 0xFF;
            int code = b[pos++] & 0xFF;
            pos += 2; // locale
            int idLength = b[pos++] & 0xFF;
            if (idLength == 0) {
                return Optional.empty();
            }
            String deviceId = deviceId(b, pos, idLength);
            pos += idLength;
            int keyLength = b[pos++] & 0xFF;
            Long policyKey = null;
            if (keyLength == 4) {
                policyKey =
                        (b[pos] & 0xFFL)
                                | (b[pos + 1] & 0xFFL) << 8
                                | (b[pos + 2] & 0xFFL) << 16
                                | (b[pos + 3] & 0xFFL) << 24;
                pos += 4;
            } else if (keyLength != 0) {
                return Optional.empty();
            }
            int typeLength = b[pos++] & 0xFF;
            String deviceType = new String(b, pos, typeLength, StandardCharsets.UTF_8);
            pos += typeLength;
            String user = null;
            while (pos + 1 < b.length) {
                int tag = b[pos++] & 0xFF;
                int length = b[pos++] & 0xFF;
                if (tag == PARAMETER_USER) {
                    user = new String(b, pos, length, StandardCharsets.UTF_8);
                }
                pos += length;
            }
            if (pos > b.length || code >= COMMAND_CODES.length || COMMAND_CODES[code] == null) {
                return Optional.empty();
            }
            String protocolVersion = (version / 10) + "." + (version % 10);
            return Optional.of(
                    new ActiveSyncQuery(
                            COMMAND_CODES[code],
                            user,
                            deviceId,
                            deviceType,
                            protocolVersion,
                            policyKey));
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Some clients send a binary GUID as the device id: keep printable ids, hex-encode the others.
     */
    private static String deviceId(byte[] b, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (b[i] < 0x21 || b[i] > 0x7E) {
                return HexFormat.of().formatHex(b, from, from + length);
            }
        }
        return new String(b, from, length, StandardCharsets.US_ASCII);
    }
}
