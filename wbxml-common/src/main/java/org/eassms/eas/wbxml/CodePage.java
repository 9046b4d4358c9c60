package org.eassms.eas.wbxml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.wbxml.codepage.AirNotify;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.codepage.AlternateSpellings;
import org.eassms.eas.wbxml.codepage.Calendar;
import org.eassms.eas.wbxml.codepage.ComposeMail;
import org.eassms.eas.wbxml.codepage.Contacts;
import org.eassms.eas.wbxml.codepage.Contacts2;
import org.eassms.eas.wbxml.codepage.DocumentLibrary;
import org.eassms.eas.wbxml.codepage.Email;
import org.eassms.eas.wbxml.codepage.Email2;
import org.eassms.eas.wbxml.codepage.Find;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.codepage.Gal;
import org.eassms.eas.wbxml.codepage.GetItemEstimate;
import org.eassms.eas.wbxml.codepage.ItemOperations;
import org.eassms.eas.wbxml.codepage.MeetingResponse;
import org.eassms.eas.wbxml.codepage.Move;
import org.eassms.eas.wbxml.codepage.Notes;
import org.eassms.eas.wbxml.codepage.Ping;
import org.eassms.eas.wbxml.codepage.Provision;
import org.eassms.eas.wbxml.codepage.ResolveRecipients;
import org.eassms.eas.wbxml.codepage.RightsManagement;
import org.eassms.eas.wbxml.codepage.Search;
import org.eassms.eas.wbxml.codepage.Settings;
import org.eassms.eas.wbxml.codepage.Tasks;
import org.eassms.eas.wbxml.codepage.ValidateCert;

/**
 * The 26 ActiveSync code pages of MS-ASWBXML section 2.1.2.1. The XML namespace of each page is the
 * name libwbxml and most tooling use ({@code AirSync:}, {@code Email:}, ...); Exchange's historical
 * names ({@code POOMMAIL:}, ...) are accepted as aliases when parsing XML, since the MS-ASMS
 * examples use them.
 */
public enum CodePage {
    AIR_SYNC(0, "AirSync:", AirSync.values()),
    CONTACTS(1, "Contacts:", Contacts.values(), "POOMCONTACTS:"),
    EMAIL(2, "Email:", Email.values(), "POOMMAIL:"),
    AIR_NOTIFY(3, "AirNotify:", AirNotify.values()),
    CALENDAR(4, "Calendar:", Calendar.values(), "POOMCAL:"),
    MOVE(5, "Move:", Move.values()),
    GET_ITEM_ESTIMATE(6, "GetItemEstimate:", GetItemEstimate.values(), "ItemEstimate:"),
    FOLDER_HIERARCHY(7, "FolderHierarchy:", FolderHierarchy.values()),
    MEETING_RESPONSE(8, "MeetingResponse:", MeetingResponse.values()),
    TASKS(9, "Tasks:", Tasks.values(), "POOMTASKS:"),
    RESOLVE_RECIPIENTS(10, "ResolveRecipients:", ResolveRecipients.values()),
    VALIDATE_CERT(11, "ValidateCert:", ValidateCert.values()),
    CONTACTS2(12, "Contacts2:", Contacts2.values(), "POOMCONTACTS2:"),
    PING(13, "Ping:", Ping.values()),
    PROVISION(14, "Provision:", Provision.values()),
    SEARCH(15, "Search:", Search.values()),
    GAL(16, "Gal:", Gal.values(), "GAL:"),
    AIR_SYNC_BASE(17, "AirSyncBase:", AirSyncBase.values()),
    SETTINGS(18, "Settings:", Settings.values()),
    DOCUMENT_LIBRARY(19, "DocumentLibrary:", DocumentLibrary.values()),
    ITEM_OPERATIONS(20, "ItemOperations:", ItemOperations.values()),
    COMPOSE_MAIL(21, "ComposeMail:", ComposeMail.values()),
    EMAIL2(22, "Email2:", Email2.values(), "POOMMAIL2:"),
    NOTES(23, "Notes:", Notes.values()),
    RIGHTS_MANAGEMENT(24, "RightsManagement:", RightsManagement.values()),
    FIND(25, "Find:", Find.values());

    private static final CodePage[] BY_ID = values();
    private static final Map<String, CodePage> BY_NAMESPACE = new HashMap<>();

    static {
        AlternateSpellings.LIBWBXML.forEach(
                (tag, name) -> tag.page().byName.putIfAbsent(name, tag));
        for (CodePage page : BY_ID) {
            BY_NAMESPACE.put(page.xmlNamespace, page);
            for (String alias : page.aliases) {
                BY_NAMESPACE.put(alias, page);
            }
        }
    }

    private final int id;
    private final String xmlNamespace;
    private final List<String> aliases;
    private final List<Tag> tags;
    private final Tag[] byToken = new Tag[GlobalToken.TAG_MASK + 1];
    private final Map<String, Tag> byName = new HashMap<>();

    CodePage(int id, String xmlNamespace, Tag[] tags, String... aliases) {
        this.id = id;
        this.xmlNamespace = xmlNamespace;
        this.aliases = List.of(aliases);
        this.tags = List.of(tags);
        for (Tag tag : tags) {
            if (byToken[tag.token()] != null || byName.put(tag.xmlName(), tag) != null) {
                throw new IllegalStateException(
                        "duplicate tag " + tag.xmlName() + " in page " + id);
            }
            byToken[tag.token()] = tag;
        }
    }

    public int id() {
        return id;
    }

    public String xmlNamespace() {
        return xmlNamespace;
    }

    public List<Tag> tags() {
        return tags;
    }

    /** The tag with this token (0 to 63), or null when the page defines none. */
    public Tag tag(int token) {
        return byToken[token & GlobalToken.TAG_MASK];
    }

    /**
     * The tag with this element name (or its libwbxml spelling, see {@link AlternateSpellings}), or
     * null.
     */
    public Tag tag(String xmlName) {
        return byName.get(xmlName);
    }

    /** Direct view of the token table for the decoder's hot loop; callers must not modify it. */
    Tag[] tokenTable() {
        return byToken;
    }

    /** The page with this number, or null when there is none. */
    public static CodePage byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * The page whose XML namespace (or one of its aliases) is this, e.g. {@code "Email:"}; or null.
     */
    public static CodePage byNamespace(String namespace) {
        return BY_NAMESPACE.get(namespace);
    }
}
