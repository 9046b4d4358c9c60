package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 1, Contacts: MS-ASWBXML section 2.1.2.1.2. */
public enum Contacts implements Tag {
    ANNIVERSARY(0x05, "Anniversary"),
    ASSISTANT_NAME(0x06, "AssistantName"),
    ASSISTANT_PHONE_NUMBER(0x07, "AssistantPhoneNumber"),
    BIRTHDAY(0x08, "Birthday"),
    BODY(0x09, "Body"), // deprecated (EAS 2.5), not in the current table
    BODY_SIZE(0x0A, "BodySize"), // deprecated (EAS 2.5), not in the current table
    BODY_TRUNCATED(0x0B, "BodyTruncated"), // deprecated (EAS 2.5), not in the current table
    BUSINESS2_PHONE_NUMBER(0x0C, "Business2PhoneNumber"),
    BUSINESS_ADDRESS_CITY(0x0D, "BusinessAddressCity"),
    BUSINESS_ADDRESS_COUNTRY(0x0E, "BusinessAddressCountry"),
    BUSINESS_ADDRESS_POSTAL_CODE(0x0F, "BusinessAddressPostalCode"),
    BUSINESS_ADDRESS_STATE(0x10, "BusinessAddressState"),
    BUSINESS_ADDRESS_STREET(0x11, "BusinessAddressStreet"),
    BUSINESS_FAX_NUMBER(0x12, "BusinessFaxNumber"),
    BUSINESS_PHONE_NUMBER(0x13, "BusinessPhoneNumber"),
    CAR_PHONE_NUMBER(0x14, "CarPhoneNumber"),
    CATEGORIES(0x15, "Categories"),
    CATEGORY(0x16, "Category"),
    CHILDREN(0x17, "Children"),
    CHILD(0x18, "Child"),
    COMPANY_NAME(0x19, "CompanyName"),
    DEPARTMENT(0x1A, "Department"),
    EMAIL1_ADDRESS(0x1B, "Email1Address"),
    EMAIL2_ADDRESS(0x1C, "Email2Address"),
    EMAIL3_ADDRESS(0x1D, "Email3Address"),
    FILE_AS(0x1E, "FileAs"),
    FIRST_NAME(0x1F, "FirstName"),
    HOME2_PHONE_NUMBER(0x20, "Home2PhoneNumber"),
    HOME_ADDRESS_CITY(0x21, "HomeAddressCity"),
    HOME_ADDRESS_COUNTRY(0x22, "HomeAddressCountry"),
    HOME_ADDRESS_POSTAL_CODE(0x23, "HomeAddressPostalCode"),
    HOME_ADDRESS_STATE(0x24, "HomeAddressState"),
    HOME_ADDRESS_STREET(0x25, "HomeAddressStreet"),
    HOME_FAX_NUMBER(0x26, "HomeFaxNumber"),
    HOME_PHONE_NUMBER(0x27, "HomePhoneNumber"),
    JOB_TITLE(0x28, "JobTitle"),
    LAST_NAME(0x29, "LastName"),
    MIDDLE_NAME(0x2A, "MiddleName"),
    MOBILE_PHONE_NUMBER(0x2B, "MobilePhoneNumber"),
    OFFICE_LOCATION(0x2C, "OfficeLocation"),
    OTHER_ADDRESS_CITY(0x2D, "OtherAddressCity"),
    OTHER_ADDRESS_COUNTRY(0x2E, "OtherAddressCountry"),
    OTHER_ADDRESS_POSTAL_CODE(0x2F, "OtherAddressPostalCode"),
    OTHER_ADDRESS_STATE(0x30, "OtherAddressState"),
    OTHER_ADDRESS_STREET(0x31, "OtherAddressStreet"),
    PAGER_NUMBER(0x32, "PagerNumber"),
    RADIO_PHONE_NUMBER(0x33, "RadioPhoneNumber"),
    SPOUSE(0x34, "Spouse"),
    SUFFIX(0x35, "Suffix"),
    TITLE(0x36, "Title"),
    WEB_PAGE(0x37, "WebPage"),
    YOMI_COMPANY_NAME(0x38, "YomiCompanyName"),
    YOMI_FIRST_NAME(0x39, "YomiFirstName"),
    YOMI_LAST_NAME(0x3A, "YomiLastName"),
    COMPRESSED_RTF(0x3B, "CompressedRTF"), // deprecated (EAS 2.5), not in the current table
    PICTURE(0x3C, "Picture"),
    ALIAS(0x3D, "Alias"), // since 14.0
    WEIGHTED_RANK(0x3E, "WeightedRank"); // since 14.0

    private final int token;
    private final String xmlName;

    Contacts(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.CONTACTS;
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
