package com.tollgate.api.util;

import java.nio.file.Path;

public final class ArchivePaths {
    private ArchivePaths() {}

    public static void requireInside(Path root, Path candidate) {
        if (!candidate.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("archive entry escapes staging directory: " + candidate);
        }
    }
}
