package edu.quadrangle.registration.util;

import java.nio.file.Path;

public final class PathResolver {

    private PathResolver() {
    }

    /** Resolves {@code relative} under {@code root}, refusing anything that would land outside it. */
    public static Path resolveWithin(Path root, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("empty path");
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            throw new IllegalArgumentException("path escapes " + base);
        }
        return candidate;
    }
}
