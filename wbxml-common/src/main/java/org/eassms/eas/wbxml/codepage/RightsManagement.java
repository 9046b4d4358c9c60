package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 24, RightsManagement: MS-ASWBXML section 2.1.2.1.25. */
public enum RightsManagement implements Tag {
    RIGHTS_MANAGEMENT_SUPPORT(0x05, "RightsManagementSupport"), // since 14.1
    RIGHTS_MANAGEMENT_TEMPLATES(0x06, "RightsManagementTemplates"), // since 14.1
    RIGHTS_MANAGEMENT_TEMPLATE(0x07, "RightsManagementTemplate"), // since 14.1
    RIGHTS_MANAGEMENT_LICENSE(0x08, "RightsManagementLicense"), // since 14.1
    EDIT_ALLOWED(0x09, "EditAllowed"), // since 14.1
    REPLY_ALLOWED(0x0A, "ReplyAllowed"), // since 14.1
    REPLY_ALL_ALLOWED(0x0B, "ReplyAllAllowed"), // since 14.1
    FORWARD_ALLOWED(0x0C, "ForwardAllowed"), // since 14.1
    MODIFY_RECIPIENTS_ALLOWED(0x0D, "ModifyRecipientsAllowed"), // since 14.1
    EXTRACT_ALLOWED(0x0E, "ExtractAllowed"), // since 14.1
    PRINT_ALLOWED(0x0F, "PrintAllowed"), // since 14.1
    EXPORT_ALLOWED(0x10, "ExportAllowed"), // since 14.1
    PROGRAMMATIC_ACCESS_ALLOWED(0x11, "ProgrammaticAccessAllowed"), // since 14.1
    OWNER(0x12, "Owner"), // since 14.1
    CONTENT_EXPIRY_DATE(0x13, "ContentExpiryDate"), // since 14.1
    TEMPLATE_ID(0x14, "TemplateID"), // since 14.1
    TEMPLATE_NAME(0x15, "TemplateName"), // since 14.1
    TEMPLATE_DESCRIPTION(0x16, "TemplateDescription"), // since 14.1
    CONTENT_OWNER(0x17, "ContentOwner"), // since 14.1
    REMOVE_RIGHTS_MANAGEMENT_PROTECTION(0x18, "RemoveRightsManagementProtection"); // since 14.1

    private final int token;
    private final String xmlName;

    RightsManagement(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.RIGHTS_MANAGEMENT;
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
