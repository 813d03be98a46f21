package com.nacelle.util;

import java.nio.file.Path;

/**
 * Helpers for mapping client supplied names onto the storage volume.
 */
public final class PathResolver {

    private PathResolver() {
    }

    /**
     * Resolves {@code relative} under {@code base} and refuses anything that ends up outside it
     * (.., absolute paths, symlink-free normalisation).
     */
    public static Path resolveWithin(Path base, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("Empty file name");
        }
        Path root = base.toAbsolutePath().normalize();
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            throw new SecurityException("Path escapes storage root: " + relative);
        }
        return candidate;
    }

    /**
     * Keeps only the final path element of an uploaded file name and strips control characters.
     */
    public static String displayName(String submitted) {
        if (submitted == null) {
            return "upload.bin";
        }
        String name = submitted.replace('\\', '/');
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        return name.replaceAll("[\\p{Cntrl}]", "");
    }
}
