package org.eassms.eas.sync.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/**
 * Where an outgoing SMS is in its life (README, MS-ASMS 3.1.5.1): queued in the Outbox, handed over
 * once a phone takes it out to send it, then sent (the phone filed it in Sent Items) or failed (the
 * phone posted an NDR to the Inbox). It only moves forward.
 */
public enum SmsStatus {
    QUEUED("queued"),
    HANDED_OVER("handed-over"),
    SENT("sent"),
    FAILED("failed");

    private final String text;

    SmsStatus(String text) {
        this.text = text;
    }

    /** As the database column and the JSON API spell it. */
    public String text() {
        return text;
    }

    /** The statuses this one may move to. */
    public Set<SmsStatus> next() {
        return switch (this) {
            case QUEUED -> Set.of(HANDED_OVER);
            case HANDED_OVER -> Set.of(SENT, FAILED);
            case SENT, FAILED -> Set.of();
        };
    }

    /** Sent or failed: the SMS's life is over, nothing follows. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** This status's next one, or an IllegalStateException: a step back is a bug, not input. */
    public SmsStatus moveTo(SmsStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("an SMS " + text + " cannot become " + target.text);
        }
        return target;
    }

    public static SmsStatus ofText(String text) {
        for (SmsStatus status : values()) {
            if (status.text.equals(text)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no SMS status '" + text + "'");
    }

    /** Stores the status as its text, as the column always held it. */
    @Converter
    public static class Column implements AttributeConverter<SmsStatus, String> {
        @Override
        public String convertToDatabaseColumn(SmsStatus status) {
            return status == null ? null : status.text;
        }

        @Override
        public SmsStatus convertToEntityAttribute(String text) {
            return text == null ? null : ofText(text);
        }
    }
}
