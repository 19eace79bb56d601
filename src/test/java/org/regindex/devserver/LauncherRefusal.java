package org.regindex.devserver;

/**
 * A start, backup or restore of the launcher's database that must not go on; its message is one
 * sentence for the person who ran it, and nothing has been changed.
 */
final class LauncherRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    LauncherRefusal(String message) {
        super(message);
    }
}
