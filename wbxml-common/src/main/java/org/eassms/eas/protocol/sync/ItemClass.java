package org.eassms.eas.protocol.sync;

/**
 * The classes of items this server syncs, as the AirSync Class element names them (MS-ASCMD
 * 2.2.3.27.5; MS-ASMS 2.2.2.2.2 adds SMS). A Class a client sends may name neither (Calendar,
 * Contacts, Tasks, or anything at all): {@link #named} answers null for those, and the handlers
 * refuse them with the status the command defines.
 */
public enum ItemClass {
    /** The default class of an e-mail folder: a Class element that is absent means this. */
    EMAIL("Email"),
    SMS("SMS");

    private final String text;

    ItemClass(String text) {
        this.text = text;
    }

    /** The Class element's text. */
    public String text() {
        return text;
    }

    /**
     * The Class a server's Add, Change or Delete carries: SMS items name theirs (MS-ASMS
     * 2.2.2.2.2); e-mail, the folder's default class, carries none.
     */
    public String inCommand() {
        return this == SMS ? text : null;
    }

    /** Whether a Class element's text names this class. */
    public boolean is(String classText) {
        return text.equals(classText);
    }

    /** The class a Class element names, or null when it names none this server syncs. */
    public static ItemClass named(String classText) {
        for (ItemClass c : values()) {
            if (c.text.equals(classText)) {
                return c;
            }
        }
        return null;
    }

    /** As {@link #named}, with an absent Class meaning e-mail, an e-mail folder's default. */
    public static ItemClass namedOrEmail(String classText) {
        return classText == null ? EMAIL : named(classText);
    }
}
