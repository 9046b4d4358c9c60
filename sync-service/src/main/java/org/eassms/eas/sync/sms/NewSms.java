package org.eassms.eas.sync.sms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eassms.eas.sync.validation.Storable;

/** {@code POST /api/sms}: {@code {"to": "+14255550143", "body": "..."}}. */
public record NewSms(
        @NotNull(message = TO) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{1,30}", message = TO)
                String to,
        @NotNull(message = BODY)
                @Size(min = 1, max = MAX_BODY, message = BODY)
                @Storable(message = "body: no NUL characters and no broken UTF-16 surrogate pairs")
                String body) {

    /**
     * Ten concatenated SMS segments; the phone splits longer texts (MS-ASMS 3.1.5.1), but not
     * without limit.
     */
    public static final int MAX_BODY = 1600;

    private static final String TO = "to: a phone number such as +14255550143";
    private static final String BODY = "body: 1-" + MAX_BODY + " characters";
}
