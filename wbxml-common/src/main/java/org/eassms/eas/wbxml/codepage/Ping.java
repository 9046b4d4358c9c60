package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 13, Ping: MS-ASWBXML section 2.1.2.1.14. */
public enum Ping implements Tag {
    PING(0x05, "Ping"),
    AUTD_STATE(0x06, "AutdState"), // not used by protocol (spec note, quoted by Aspose)
    STATUS(0x07, "Status"),
    HEARTBEAT_INTERVAL(0x08, "HeartbeatInterval"),
    FOLDERS(0x09, "Folders"),
    FOLDER(0x0A, "Folder"),
    ID(0x0B, "Id"),
    CLASS(0x0C, "Class"),
    MAX_FOLDERS(0x0D, "MaxFolders"),
    VERSION(0x0E, "Version"); // legacy token, not in the current table

    private final int token;
    private final String xmlName;

    Ping(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.PING;
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
