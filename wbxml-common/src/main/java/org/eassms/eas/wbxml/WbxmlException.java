package org.eassms.eas.wbxml;

/**
 * The one exception the WBXML codec throws on malformed input. It carries the byte offset at which
 * the problem was found and a {@link Reason} a caller can act on (log it, answer HTTP 400 or the
 * command's protocol-error status).
 */
public final class WbxmlException extends RuntimeException {

    /** Why a document was rejected. */
    public enum Reason {
        TOO_LARGE,
        TRUNCATED,
        BAD_HEADER,
        BAD_MB_UINT32,
        UNKNOWN_CODE_PAGE,
        UNKNOWN_TAG,
        UNSUPPORTED_TOKEN,
        ATTRIBUTES_NOT_ALLOWED,
        STRING_TABLE_NOT_ALLOWED,
        LENGTH_PAST_END,
        TOO_DEEP,
        INVALID_UTF8,
        UNBALANCED,
        TRAILING_DATA,
        INVALID_DOCUMENT
    }

    private final transient Reason reason;
    private final long offset;

    public WbxmlException(Reason reason, long offset, String detail) {
        super(reason + " at byte " + offset + ": " + detail, null, false, false);
        this.reason = reason;
        this.offset = offset;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Byte offset in the document where the problem was detected, or -1 when not tied to input
     * bytes.
     */
    public long offset() {
        return offset;
    }
}
