package com.ledgerbay.security;

import java.nio.file.Path;

public final class StoragePaths {

    private StoragePaths() {
    }

    /**
     * Resolves {@code name} under {@code base}; refuses anything that would land outside it.
     */
    public static Path resolveWithin(Path base, String name) {
        Path root = base.toAbsolutePath().normalize();
        Path candidate = root.resolve(name).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            throw new SecurityException("path escapes storage root");
        }
        return candidate;
    }

    /**
     * Quick screen for names taken from a query string.
     */
    public static boolean isPlainName(String name) {
        return name != null && !name.isBlank() && !name.contains("..") && !name.startsWith("/");
    }
}
