package org.eassms.eas.protocol.common;

import static org.eassms.eas.protocol.common.Values.booleanOf;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.longOf;

import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.dom.Element;

/**
 * AirSyncBase Body (MS-ASAIRS 2.2.2.9): the body type (1 plain text, 2 HTML, 3 RTF, 4 MIME), its
 * full size, whether the data was truncated, and the (possibly truncated) data.
 */
public record Body(
        int type, Long estimatedDataSize, Boolean truncated, String data, String preview) {

    public static final int PLAIN_TEXT = 1;

    public static Body plainText(String data) {
        return new Body(PLAIN_TEXT, null, null, data, null);
    }

    public static Body decode(Element body) {
        Integer type = intOf(body, AirSyncBase.TYPE);
        if (type == null) {
            throw new ProtocolException("AirSyncBase:Body lacks its Type");
        }
        return new Body(
                type,
                longOf(body, AirSyncBase.ESTIMATED_DATA_SIZE),
                booleanOf(body, AirSyncBase.TRUNCATED),
                body.textOf(AirSyncBase.DATA),
                body.textOf(AirSyncBase.PREVIEW));
    }

    public Element encode() {
        return Element.of(AirSyncBase.BODY)
                .add(AirSyncBase.TYPE, Integer.toString(type))
                .addIfPresent(AirSyncBase.ESTIMATED_DATA_SIZE, estimatedDataSize)
                .addIfPresent(AirSyncBase.TRUNCATED, Values.bit(truncated))
                .addIfPresent(AirSyncBase.DATA, data)
                .addIfPresent(AirSyncBase.PREVIEW, preview);
    }
}
