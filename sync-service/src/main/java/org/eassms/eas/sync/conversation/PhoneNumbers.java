package org.eassms.eas.sync.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as a person types them ({@code +1 (425) 555-0143}) reduced to the form phones file
 * them under ({@code +14255550143}): a leading plus kept, separators dropped, 3 to 15 digits (ITU-T
 * E.164 allows 15; short codes have 3 or more).
 */
public final class PhoneNumbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()./-]");
    private static final Pattern NORMALIZED = Pattern.compile("\\+?[0-9]{3,15}");

    private PhoneNumbers() {}

    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact =
                    "+" + compact.substring(2); // the international prefix most of the world dials
        }
        return NORMALIZED.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
