package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 17, AirSyncBase: MS-ASWBXML section 2.1.2.1.18. */
public enum AirSyncBase implements Tag {
    BODY_PREFERENCE(0x05, "BodyPreference"), // since 12.0
    TYPE(0x06, "Type"), // since 12.0
    TRUNCATION_SIZE(0x07, "TruncationSize"), // since 12.0
    ALL_OR_NONE(0x08, "AllOrNone"), // since 12.0
    BODY(0x0A, "Body"), // since 12.0
    DATA(0x0B, "Data"), // since 12.0
    ESTIMATED_DATA_SIZE(0x0C, "EstimatedDataSize"), // since 12.0
    TRUNCATED(0x0D, "Truncated"), // since 12.0
    ATTACHMENTS(0x0E, "Attachments"), // since 12.0
    ATTACHMENT(0x0F, "Attachment"), // since 12.0
    DISPLAY_NAME(0x10, "DisplayName"), // since 12.0
    FILE_REFERENCE(0x11, "FileReference"), // since 12.0
    METHOD(0x12, "Method"), // since 12.0
    CONTENT_ID(0x13, "ContentId"), // since 12.0
    CONTENT_LOCATION(0x14, "ContentLocation"), // since 12.0
    IS_INLINE(0x15, "IsInline"), // since 12.0
    NATIVE_BODY_TYPE(0x16, "NativeBodyType"), // since 12.0
    CONTENT_TYPE(0x17, "ContentType"), // since 12.0
    PREVIEW(0x18, "Preview"), // since 14.0
    BODY_PART_PREFERENCE(0x19, "BodyPartPreference"), // since 14.1
    BODY_PART(0x1A, "BodyPart"), // since 14.1
    STATUS(0x1B, "Status"), // since 14.1
    ADD(0x1C, "Add"), // since 16.0
    DELETE(0x1D, "Delete"), // since 16.0
    CLIENT_ID(0x1E, "ClientId"), // since 16.0
    CONTENT(0x1F, "Content"), // since 16.0
    LOCATION(0x20, "Location"), // since 16.0
    ANNOTATION(0x21, "Annotation"), // since 16.0
    STREET(0x22, "Street"), // since 16.0
    CITY(0x23, "City"), // since 16.0
    STATE(0x24, "State"), // since 16.0
    COUNTRY(0x25, "Country"), // since 16.0
    POSTAL_CODE(0x26, "PostalCode"), // since 16.0
    LATITUDE(0x27, "Latitude"), // since 16.0
    LONGITUDE(0x28, "Longitude"), // since 16.0
    ACCURACY(0x29, "Accuracy"), // since 16.0
    ALTITUDE(0x2A, "Altitude"), // since 16.0
    ALTITUDE_ACCURACY(0x2B, "AltitudeAccuracy"), // since 16.0
    LOCATION_URI(0x2C, "LocationUri"), // since 16.0
    INSTANCE_ID(0x2D, "InstanceId"); // since 16.0

    private final int token;
    private final String xmlName;

    AirSyncBase(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.AIR_SYNC_BASE;
    }

    @Override
    public int token() {
        return token;
    }

    @Override
    public String xmlName() {
        return xmlName;
    }
}
