package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 16, Gal: MS-ASWBXML section 2.1.2.1.17. */
public enum Gal implements Tag {
    DISPLAY_NAME(0x05, "DisplayName"),
    PHONE(0x06, "Phone"),
    OFFICE(0x07, "Office"),
    TITLE(0x08, "Title"),
    COMPANY(0x09, "Company"),
    ALIAS(0x0A, "Alias"),
    FIRST_NAME(0x0B, "FirstName"),
    LAST_NAME(0x0C, "LastName"),
    HOME_PHONE(0x0D, "HomePhone"),
    MOBILE_PHONE(0x0E, "MobilePhone"),
    EMAIL_ADDRESS(0x0F, "EmailAddress"),
    PICTURE(0x10, "Picture"), // since 14.1
    STATUS(0x11, "Status"), // since 14.1
    DATA(0x12, "Data"); // since 14.1

    private final int token;
    private final String xmlName;

    Gal(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.GAL;
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
