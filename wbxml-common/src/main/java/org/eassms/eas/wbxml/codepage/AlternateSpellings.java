package org.eassms.eas.wbxml.codepage;

import java.util.Map;
import org.eassms.eas.wbxml.Tag;

/**
 * Element names that libwbxml (and tools built on it, such as {@code wbxml2xml}) spell differently
 * from MS-ASWBXML, e.g. Email {@code FlagStatus} for {@code Status}. Accepted when reading XML so
 * that libwbxml's output and fixtures written for {@code xml2wbxml} parse; never written.
 */
public final class AlternateSpellings {
    private AlternateSpellings() {}

    /** Our tag and the name libwbxml 0.11 gives it. */
    public static final Map<Tag, String> LIBWBXML =
            Map.ofEntries(
                    Map.entry(Contacts.ASSISTANT_PHONE_NUMBER, "AssistantTelephoneNumber"),
                    Map.entry(Contacts.BUSINESS_ADDRESS_CITY, "BusinessCity"),
                    Map.entry(Contacts.BUSINESS_ADDRESS_COUNTRY, "BusinessCountry"),
                    Map.entry(Contacts.BUSINESS_ADDRESS_POSTAL_CODE, "BusinessPostalCode"),
                    Map.entry(Contacts.BUSINESS_ADDRESS_STATE, "BusinessState"),
                    Map.entry(Contacts.BUSINESS_ADDRESS_STREET, "BusinessStreet"),
                    Map.entry(Contacts.HOME_ADDRESS_CITY, "HomeCity"),
                    Map.entry(Contacts.HOME_ADDRESS_COUNTRY, "HomeCountry"),
                    Map.entry(Contacts.HOME_ADDRESS_POSTAL_CODE, "HomePostalCode"),
                    Map.entry(Contacts.HOME_ADDRESS_STATE, "HomeState"),
                    Map.entry(Contacts.HOME_ADDRESS_STREET, "HomeStreet"),
                    Map.entry(Contacts.OTHER_ADDRESS_CITY, "OtherCity"),
                    Map.entry(Contacts.OTHER_ADDRESS_COUNTRY, "OtherCountry"),
                    Map.entry(Contacts.OTHER_ADDRESS_POSTAL_CODE, "OtherPostalCode"),
                    Map.entry(Contacts.OTHER_ADDRESS_STATE, "OtherState"),
                    Map.entry(Contacts.OTHER_ADDRESS_STREET, "OtherStreet"),
                    Map.entry(Email.ATT0_ID, "AttOId"),
                    Map.entry(Email.DT_STAMP, "DTStamp"),
                    Map.entry(Email.STATUS, "FlagStatus"),
                    Map.entry(Calendar.TIMEZONE, "TimeZone"),
                    Map.entry(Calendar.DT_STAMP, "DTStamp"),
                    Map.entry(Tasks.UTC_DUE_DATE, "UTCDueDate"),
                    Map.entry(Tasks.UTC_START_DATE, "UTCStartDate"),
                    Map.entry(Settings.SMTP_ADDRESS, "SmtpAddress"),
                    Map.entry(Settings.RIGHTS_MANAGEMENT_INFORMATION, "ihsManagementInformation"),
                    Map.entry(ComposeMail.MIME, "MIME"),
                    Map.entry(ComposeMail.NAME, "ForwardeeName"),
                    Map.entry(ComposeMail.EMAIL, "ForwardeeEmail"),
                    Map.entry(RightsManagement.OWNER, "RMOwner"),
                    Map.entry(
                            RightsManagement.REMOVE_RIGHTS_MANAGEMENT_PROTECTION,
                            "RemoveRightsManagementDistribution"));
}
