package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 12, Contacts2: MS-ASWBXML section 2.1.2.1.13. */
public enum Contacts2 implements Tag {
    CUSTOMER_ID(0x05, "CustomerId"),
    GOVERNMENT_ID(0x06, "GovernmentId"),
    IM_ADDRESS(0x07, "IMAddress"),
    IM_ADDRESS2(0x08, "IMAddress2"),
    IM_ADDRESS3(0x09, "IMAddress3"),
    MANAGER_NAME(0x0A, "ManagerName"),
    COMPANY_MAIN_PHONE(0x0B, "CompanyMainPhone"),
    ACCOUNT_NAME(0x0C, "AccountName"),
    NICK_NAME(0x0D, "NickName"),
    MMS(0x0E, "MMS");

    private final int token;
    private final String xmlName;

    Contacts2(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.CONTACTS2;
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
