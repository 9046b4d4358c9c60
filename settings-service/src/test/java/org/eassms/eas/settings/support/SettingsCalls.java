package org.eassms.eas.settings.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.wbxml.dom.WbxmlDocument;

/**
 * Calls to settings-service as sync-service makes them: internal token and the caller's identity.
 */
public final class SettingsCalls {
    private SettingsCalls() {}

    public static RequestSpecification as(long userId, String deviceId, String version) {
        return given().header("X-EAS-Internal-Token", "test-internal-token")
                .header("X-EAS-User-Id", Long.toString(userId))
                .header("X-EAS-Username", "user" + userId)
                .header("X-EAS-Email", "user" + userId + "@example.org")
                .header("X-EAS-Device-Id", deviceId)
                .header("X-EAS-Device-Type", "Phone")
                .header("X-EAS-Protocol-Version", version);
    }

    public static SettingsResponse settings(
            long userId, String deviceId, String version, SettingsRequest request) {
        byte[] body =
                as(userId, deviceId, version)
                        .contentType("application/vnd.ms-sync.wbxml")
                        .body(WbxmlDocument.encode(SettingsCodec.encodeRequest(request)))
                        .post("/internal/settings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return SettingsCodec.decodeResponse(WbxmlDocument.decode(body));
    }

    public static DeviceInformation device(String phone, Integer enable) {
        return new DeviceInformation(
                "Pixel 9",
                "123456789012345",
                "Alice's phone",
                "Android 16",
                "en-US",
                phone,
                "EasSmsPhone/1.0",
                enable,
                "T-Mojo");
    }

    public static long newUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }
}
