package org.eassms.eas.sync.outbox;

/**
 * An SMS offered to the Outbox of a user whose policy does not allow text messaging
 * (AllowTextMessaging 0, MS-ASPROV 2.2.2.16). Nothing was stored: a Sync Add answers it with status
 * 6, {@code POST /api/sms} and the web page with 403.
 */
public final class TextMessagingNotAllowed extends RuntimeException {
    public TextMessagingNotAllowed(long userId) {
        super("text messaging is not allowed for user " + userId);
    }
}
