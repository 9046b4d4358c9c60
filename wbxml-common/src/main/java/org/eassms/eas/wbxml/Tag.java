package org.eassms.eas.wbxml;

import org.eassms.eas.wbxml.codepage.OpaqueTags;

/**
 * One element name of one ActiveSync code page. Implemented by the per-page enums of {@code
 * org.eassms.eas.wbxml.codepage}, each constant carrying its MS-ASWBXML token explicitly.
 */
public interface Tag {

    /** The code page this tag belongs to. */
    CodePage page();

    /** The tag's token within its page, 0x05 to 0x3F, without the content or attribute bits. */
    int token();

    /** The element name as MS-ASWBXML spells it, e.g. {@code SyncKey}. */
    String xmlName();

    /**
     * Whether the element's content travels as WBXML OPAQUE bytes (and as base64 in XML), like
     * Email2 {@code ConversationId}.
     */
    default boolean opaque() {
        return OpaqueTags.ALL.contains(this);
    }

    /** {@code Namespace:Name}, for logs and error messages. */
    default String qualifiedName() {
        return page().xmlNamespace() + xmlName();
    }
}
