package org.eassms.eas.sync.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eassms.eas.sync.validation.Text;

/** {@code POST /api/sms}: {@code {"to": "+14255550143", "body": "..."}}. */
public record NewSms(String to, String body) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{1,30}");

    /**
     * Ten concatenated SMS segments; the phone splits longer texts (MS-ASMS 3.1.5.1), but not
     * without limit.
     */
    static final int MAX_BODY = 1600;

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (to == null || !PHONE.matcher(to).matches()) {
            problems.add("to: a phone number such as +14255550143");
        }
        if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
            problems.add("body: 1-" + MAX_BODY + " characters");
        } else if (!Text.storable(body)) {
            problems.add("body: no NUL characters and no broken UTF-16 surrogate pairs");
        }
        return problems;
    }
}
