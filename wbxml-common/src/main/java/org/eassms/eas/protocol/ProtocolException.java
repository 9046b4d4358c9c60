package org.eassms.eas.protocol;

/**
 * A well-formed WBXML document that is not a valid command: a required element is missing, a number
 * is not a number, an element sits where the command does not allow it. Services answer it with the
 * command's protocol-error status (Sync 4, Settings 2, Ping 4, ...).
 */
public final class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message, null, false, false);
    }
}
