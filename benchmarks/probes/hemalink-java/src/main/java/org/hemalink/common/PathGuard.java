package org.hemalink.common;

import java.nio.file.Path;

/**
 * Resolves caller-supplied names against a storage root and refuses anything
 * that would land outside it.
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
            throw new IllegalArgumentException("path escapes storage root");
        }
        return candidate;
    }
}
