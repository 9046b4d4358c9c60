package org.eassms.eas.protocol.common;

import static org.eassms.eas.protocol.common.Values.booleanOf;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.longOf;

import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.dom.Element;

/**
 * AirSyncBase BodyPreference (MS-ASAIRS 2.2.2.12): which body type the client wants and how much of
 * it.
 */
public record BodyPreference(int type, Long truncationSize, Boolean allOrNone, Integer preview) {

    public static BodyPreference decode(Element element) {
        Integer type = intOf(element, AirSyncBase.TYPE);
        if (type == null) {
            throw new ProtocolException("AirSyncBase:BodyPreference lacks its Type");
        }
        return new BodyPreference(
                type,
                longOf(element, AirSyncBase.TRUNCATION_SIZE),
                booleanOf(element, AirSyncBase.ALL_OR_NONE),
                intOf(element, AirSyncBase.PREVIEW));
    }

    public Element encode() {
        return Element.of(AirSyncBase.BODY_PREFERENCE)
                .add(AirSyncBase.TYPE, Integer.toString(type))
                .addIfPresent(AirSyncBase.TRUNCATION_SIZE, truncationSize)
                .addIfPresent(AirSyncBase.ALL_OR_NONE, Values.bit(allOrNone))
                .addIfPresent(AirSyncBase.PREVIEW, preview);
    }
}
