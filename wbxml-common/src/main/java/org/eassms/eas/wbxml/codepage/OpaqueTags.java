package org.eassms.eas.wbxml.codepage;

import java.util.Set;
import org.eassms.eas.wbxml.Tag;

/**
 * The elements whose content MS-ASWBXML sends as WBXML OPAQUE bytes rather than a string (and XML
 * shows as base64): conversation ids and indexes, MIME bodies, raw content and pictures. One list
 * instead of a flag on each page's enum, so every page's enum stays the same three members.
 */
public final class OpaqueTags {
    private OpaqueTags() {}

    public static final Set<Tag> ALL =
            Set.of(
                    AirSyncBase.CONTENT, // since 16.0
                    ComposeMail.MIME, // since 14.0
                    Email2.CONVERSATION_ID, // since 14.0
                    Email2.CONVERSATION_INDEX, // since 14.0
                    Gal.DATA, // since 14.1
                    ItemOperations.CONVERSATION_ID, // since 14.0
                    ResolveRecipients.DATA, // since 14.1
                    Search.CONVERSATION_ID); // since 14.0
}
