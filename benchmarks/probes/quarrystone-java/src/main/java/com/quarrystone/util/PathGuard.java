package com.quarrystone.util;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Helpers for resolving user-supplied document names beneath a storage directory. */
public final class PathGuard {

    private static final Pattern DOCUMENT_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$");

    private PathGuard() {
    }

    /**
     * Resolves {@code name} under {@code base}; throws if the normalised result escapes the base.
     */
    public static Path resolveInside(Path base, String name) {
        Path root = base.toAbsolutePath().normalize();
        Path candidate = root.resolve(name).normalize();
        if (!candidate.startsWith(root)) {
            throw new SecurityException("Document outside storage area: " + name);
        }
        return candidate;
    }

    public static boolean isPlainDocumentName(String name) {
        return name != null && DOCUMENT_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** Rejects obvious traversal sequences before the name is handed to storage. */
    public static boolean looksClean(String name) {
        return name != null && !name.contains("..") && !name.startsWith("/");
    }
}
