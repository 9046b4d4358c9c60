package org.eassms.eas.sync.command;

import org.eassms.eas.wbxml.dom.Element;

/**
 * What a command handler answers: a WBXML document, or an empty body, with an HTTP status (200
 * normally).
 */
public record CommandResult(int httpStatus, Element body) {

    public static CommandResult of(Element body) {
        return new CommandResult(200, body);
    }

    /**
     * HTTP 200 with no body: e.g. a hanging Sync that expired with no changes (MS-ASCMD 2.2.1.21).
     */
    public static CommandResult empty() {
        return new CommandResult(200, null);
    }

    public static CommandResult httpStatus(int status) {
        return new CommandResult(status, null);
    }
}
