package com.berthwise.core.util;

import java.nio.file.Path;

public final class PathGuard {
    private PathGuard() {
    }

    public static Path resolveInside(Path base, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("file name required");
        }
        Path root = base.toAbsolutePath().normalize();
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            throw new SecurityException("path outside storage root: " + relative);
        }
        return candidate;
    }
}
