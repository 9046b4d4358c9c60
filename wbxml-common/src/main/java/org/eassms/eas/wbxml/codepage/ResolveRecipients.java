package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 10, ResolveRecipients: MS-ASWBXML section 2.1.2.1.11. */
public enum ResolveRecipients implements Tag {
    RESOLVE_RECIPIENTS(0x05, "ResolveRecipients"),
    RESPONSE(0x06, "Response"),
    STATUS(0x07, "Status"),
    TYPE(0x08, "Type"),
    RECIPIENT(0x09, "Recipient"),
    DISPLAY_NAME(0x0A, "DisplayName"),
    EMAIL_ADDRESS(0x0B, "EmailAddress"),
    CERTIFICATES(0x0C, "Certificates"),
    CERTIFICATE(0x0D, "Certificate"),
    MINI_CERTIFICATE(0x0E, "MiniCertificate"),
    OPTIONS(0x0F, "Options"),
    TO(0x10, "To"),
    CERTIFICATE_RETRIEVAL(0x11, "CertificateRetrieval"),
    RECIPIENT_COUNT(0x12, "RecipientCount"),
    MAX_CERTIFICATES(0x13, "MaxCertificates"),
    MAX_AMBIGUOUS_RECIPIENTS(0x14, "MaxAmbiguousRecipients"),
    CERTIFICATE_COUNT(0x15, "CertificateCount"),
    AVAILABILITY(0x16, "Availability"), // since 14.0
    START_TIME(0x17, "StartTime"), // since 14.0
    END_TIME(0x18, "EndTime"), // since 14.0
    MERGED_FREE_BUSY(0x19, "MergedFreeBusy"), // since 14.0
    PICTURE(0x1A, "Picture"), // since 14.1
    MAX_SIZE(0x1B, "MaxSize"), // since 14.1
    DATA(0x1C, "Data"), // since 14.1
    MAX_PICTURES(0x1D, "MaxPictures"); // since 14.1

    private final int token;
    private final String xmlName;

    ResolveRecipients(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.RESOLVE_RECIPIENTS;
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
