package org.eassms.eas.sync.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eassms.eas.sync.validation.Text;

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

    /** The longest DeviceId and DeviceType stored (eas_device); MS-ASHTTP allows 32 of each. */
    static final int MAX_DEVICE_ID = 128;

    static final int MAX_DEVICE_TYPE = 64;

    /**
     * Parses a raw (still URL-encoded) query string; empty when it is neither form, lacks Cmd or
     * DeviceId, or is malformed in any way (the caller answers 400; nothing here throws).
     */
    public static Optional<ActiveSyncQuery> parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        return (isPlainForm(rawQuery) ? parsePlain(rawQuery) : Base64Query.decode(rawQuery))
                .filter(ActiveSyncQuery::identifiersFit);
    }

    /**
     * Identifiers go to the database and the log: none may be longer than its column or hold a
     * control character (MS-ASHTTP 2.2.1.1.1.2: DeviceId and DeviceType are letters and digits).
     */
    private boolean identifiersFit() {
        return deviceId.length() <= MAX_DEVICE_ID
                && deviceType.length() <= MAX_DEVICE_TYPE
                && Text.singleLine(deviceId)
                && Text.singleLine(deviceType)
                && Text.singleLine(command)
                && (user == null || Text.singleLine(user));
    }

    /**
     * The plain form names a parameter Cmd. Looking for the text "cmd=" anywhere would take a
     * base64 query ending in "cmd=" (a digit run and its padding) for a plain one.
     */
    private static boolean isPlainForm(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq == 3 && pair.regionMatches(true, 0, "cmd", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ActiveSyncQuery> parsePlain(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                                    .toLowerCase(Locale.ROOT),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformedEscape) {
                    return Optional.empty();
                }
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
}
