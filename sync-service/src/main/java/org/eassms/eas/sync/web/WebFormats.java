package org.eassms.eas.sync.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eassms.eas.sync.conversation.Times;

/** How the page writes times: in UTC, to the minute (the browser's script shows local time). */
public final class WebFormats {
    private WebFormats() {}

    @TemplateExtension
    static String shown(OffsetDateTime at) {
        return Times.shown(at);
    }

    /** ISO-8601 for the page's script ({@code <time datetime>}). */
    @TemplateExtension
    static String iso(OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    /** A path segment: a number such as +14255550143 keeps its plus as %2B. */
    @TemplateExtension
    static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
