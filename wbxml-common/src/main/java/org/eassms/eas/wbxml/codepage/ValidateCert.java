package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 11, ValidateCert: MS-ASWBXML section 2.1.2.1.12. */
public enum ValidateCert implements Tag {
    VALIDATE_CERT(0x05, "ValidateCert"),
    CERTIFICATES(0x06, "Certificates"),
    CERTIFICATE(0x07, "Certificate"),
    CERTIFICATE_CHAIN(0x08, "CertificateChain"),
    CHECK_CRL(0x09, "CheckCRL"), // MS TestSuites spells CheckCrl
    STATUS(0x0A, "Status");

    private final int token;
    private final String xmlName;

    ValidateCert(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.VALIDATE_CERT;
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
