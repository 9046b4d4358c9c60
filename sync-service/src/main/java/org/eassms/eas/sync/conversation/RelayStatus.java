package org.eassms.eas.sync.conversation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eassms.eas.sync.account.DeviceInventory.DeviceEntry;

/**
 * What the page tells the user about the phone that will send their SMS (MS-ASMS 3.1.5.1: only a
 * phone that registered with EnableOutboundSMS sends them): which one, whether it is connected, and
 * a clear warning when none is registered or it has not been seen for a long time, since SMS then
 * wait in the Outbox.
 *
 * @param level {@code ok}, {@code warning} or {@code unknown}: how the page shows it
 */
public record RelayStatus(String level, String text) {

    public static RelayStatus of(List<DeviceEntry> devices, Duration stale, OffsetDateTime now) {
        if (devices == null || devices.stream().anyMatch(d -> d.smsTransport() == null)) {
            return new RelayStatus(
                    "unknown", "Which phone sends your SMS cannot be told right now.");
        }
        DeviceEntry phone =
                devices.stream()
                        .filter(d -> Boolean.TRUE.equals(d.smsTransport()))
                        .max(
                                Comparator.comparing(
                                        DeviceEntry::lastSeenAt,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                        .orElse(null);
        if (phone == null) {
            return new RelayStatus(
                    "warning",
                    "No phone sends SMS for you yet. Turn on sending text messages through this"
                            + " server on your phone; until then, SMS you write wait in your"
                            + " Outbox.");
        }
        String name = phone.phoneNumber() == null ? phone.deviceId() : phone.phoneNumber();
        if (Boolean.TRUE.equals(phone.hangingNow())) {
            return new RelayStatus(
                    "ok", "Your SMS are sent by your phone " + name + ", connected now.");
        }
        if (phone.lastSeenAt() == null || phone.lastSeenAt().isBefore(now.minus(stale))) {
            return new RelayStatus(
                    "warning",
                    "Your phone "
                            + name
                            + " has not been seen since "
                            + Times.shown(phone.lastSeenAt())
                            + ": SMS you write wait until it connects again.");
        }
        return new RelayStatus(
                "ok",
                "Your SMS are sent by your phone "
                        + name
                        + ", last seen "
                        + Times.shown(phone.lastSeenAt())
                        + ".");
    }
}
