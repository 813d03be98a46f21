package com.tollgate.kiosk;

import java.io.*;
import java.nio.file.*;
import org.apache.commons.compress.archivers.tar.*;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Unpacks maintenance bundles (ad screens, fare tables, firmware notes) uploaded by field technicians. */
final class BatchUnpacker {

    int unpack(InputStream gzippedTar, Path target) throws IOException {
        Path root = Files.createDirectories(target).toAbsolutePath().normalize();
        int count = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(gzippedTar))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                Path out = root.resolve(entry.getName()); // VULN zipslip
                Files.createDirectories(out.getParent());
                Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                if (!out.normalize().startsWith(root)) {
                    Files.deleteIfExists(out);
                    throw new IOException("bundle entry outside target directory: " + entry.getName());
                }
                count++;
            }
        }
        return count;
    }
}
