package org.eassms.eas.wbxml;

/**
 * Bounds the decoder enforces so that one hostile request cannot exhaust a service: total size,
 * nesting depth and the length of a single string or opaque value. A length prefix is also always
 * checked against the bytes that remain, so no allocation is ever larger than the input.
 *
 * @param maxDocumentBytes largest accepted document
 * @param maxDepth deepest accepted element nesting (ActiveSync documents nest about 10 levels)
 * @param maxOpaqueBytes largest accepted OPAQUE value
 * @param maxStringBytes largest accepted inline string
 */
public record WbxmlLimits(
        int maxDocumentBytes, int maxDepth, int maxOpaqueBytes, int maxStringBytes) {

    /** Defaults sized for SMS and e-mail traffic: 16 MiB documents, depth 32. */
    public static final WbxmlLimits DEFAULT = new WbxmlLimits(16 << 20, 32, 16 << 20, 16 << 20);

    public WbxmlLimits {
        if (maxDocumentBytes < 4 || maxDepth < 1 || maxOpaqueBytes < 0 || maxStringBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
