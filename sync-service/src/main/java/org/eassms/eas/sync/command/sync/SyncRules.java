package org.eassms.eas.sync.command.sync;

/**
 * The WindowSize limits of a Sync request (MS-ASCMD 2.2.3.199). The rules of its Options blocks are
 * {@code OptionBlocks}'.
 */
final class SyncRules {
    static final int DEFAULT_WINDOW = 100;
    static final int MAX_WINDOW = 512;

    private SyncRules() {}

    static int window(Integer collectionWindow, Integer requestWindow) {
        Integer size = collectionWindow != null ? collectionWindow : requestWindow;
        if (size == null) {
            return DEFAULT_WINDOW;
        }
        return size <= 0 || size > MAX_WINDOW ? MAX_WINDOW : size;
    }
}
