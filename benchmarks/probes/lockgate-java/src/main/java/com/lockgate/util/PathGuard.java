package com.lockgate.util;

import java.nio.file.Path;

/**
 * Resolves client-supplied file names against a storage root, refusing anything that
 * would land outside it.
 */
public final class PathGuard {

    private PathGuard() {
    }

    public static Path resolveWithin(Path root, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("empty file name");
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base) || candidate.equals(base)) {
            throw new SecurityException("path escapes storage root: " + relative);
        }
        return candidate;
    }

    public static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase();
    }
}
