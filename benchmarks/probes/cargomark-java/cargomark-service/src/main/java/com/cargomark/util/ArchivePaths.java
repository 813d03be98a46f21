package com.cargomark.util;

import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

public final class ArchivePaths {

    private ArchivePaths() {
    }

    /**
     * Resolves a zip entry below {@code destination}, rejecting entries that would end up
     * outside of it.
     */
    public static Path resolveEntry(Path destination, ZipEntry entry) throws ZipException {
        Path root = destination.toAbsolutePath().normalize();
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new ZipException("Illegal entry name: " + entry.getName());
        }
        return target;
    }
}
