package org.eassms.eas.protocol.sync;

import static org.eassms.eas.protocol.common.Values.intOf;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.dom.Element;

/**
 * One AirSync Options block of a Sync or GetItemEstimate collection (MS-ASCMD 2.2.3.124, MS-ASMS
 * 3.1.4.1.1). A null {@code itemClass} means the folder's default class; {@code "SMS"} asks for SMS
 * items.
 */
public record SyncOptions(
        String itemClass,
        Integer filterType,
        List<BodyPreference> bodyPreferences,
        Integer conflict,
        Integer mimeSupport,
        Integer mimeTruncation,
        Integer maxItems) {

    public SyncOptions {
        bodyPreferences = List.copyOf(bodyPreferences);
    }

    /** Options asking for SMS items with a filter and a plain-text body preference. */
    public static SyncOptions sms(Integer filterType, Long truncationSize) {
        return new SyncOptions(
                ItemClass.SMS.text(),
                filterType,
                List.of(new BodyPreference(1, truncationSize, null, null)),
                null,
                null,
                null,
                null);
    }

    public boolean isSms() {
        return ItemClass.SMS.is(itemClass);
    }

    public static SyncOptions decode(Element options) {
        List<BodyPreference> preferences = new ArrayList<>(2);
        for (Element preference : options.elements(AirSyncBase.BODY_PREFERENCE)) {
            preferences.add(BodyPreference.decode(preference));
        }
        return new SyncOptions(
                options.textOf(AirSync.CLASS),
                intOf(options, AirSync.FILTER_TYPE),
                preferences,
                intOf(options, AirSync.CONFLICT),
                intOf(options, AirSync.MIME_SUPPORT),
                intOf(options, AirSync.MIME_TRUNCATION),
                intOf(options, AirSync.MAX_ITEMS));
    }

    public Element encode() {
        Element options =
                Element.of(AirSync.OPTIONS)
                        .addIfPresent(AirSync.CLASS, itemClass)
                        .addIfPresent(AirSync.FILTER_TYPE, filterType);
        for (BodyPreference preference : bodyPreferences) {
            options.add(preference.encode());
        }
        return options.addIfPresent(AirSync.MIME_SUPPORT, mimeSupport)
                .addIfPresent(AirSync.MIME_TRUNCATION, mimeTruncation)
                .addIfPresent(AirSync.CONFLICT, conflict)
                .addIfPresent(AirSync.MAX_ITEMS, maxItems);
    }
}
