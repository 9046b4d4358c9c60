package org.eassms.eas.contract;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The names of the spans and attributes an SMS's trace is searched by, the same in every service:
 * an operator asked "where did SMS 123 go" filters on {@link #SMS_ID} and reads the spans by these
 * names (README, Operations).
 */
public final class SmsSpans {
    /** The SMS's item id, on the span that put it into the Outbox and on its dispatch. */
    public static final AttributeKey<Long> SMS_ID = AttributeKey.longKey("eas.sms.id");

    public static final AttributeKey<Long> USER_ID = AttributeKey.longKey("eas.user.id");
    public static final AttributeKey<String> DEVICE_ID = AttributeKey.stringKey("eas.device.id");

    /** How many hanging requests a dispatch woke (published wakes). */
    public static final AttributeKey<Long> WAKES = AttributeKey.longKey("eas.wakes");

    /** Whether a woken request's look found news for the device. */
    public static final AttributeKey<Boolean> NEWS = AttributeKey.booleanKey("eas.news");

    /** relay-dispatcher: one SmsQueued event consumed, its transport's hanging requests woken. */
    public static final String RELAY_DISPATCH = "eas.relay.dispatch";

    /** sync-service: a hanging Sync or Ping woken by a wake, looking again. */
    public static final String HANGING_WOKEN = "eas.hanging.woken";

    private SmsSpans() {}
}
