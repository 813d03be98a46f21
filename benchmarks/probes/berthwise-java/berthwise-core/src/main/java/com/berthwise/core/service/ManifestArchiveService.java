package com.berthwise.core.service;

import com.berthwise.core.util.PathGuard;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;

@Singleton
public class ManifestArchiveService {
    private static final int MAX_ENTRIES = 2_000;

    public int extractBayPlans(InputStream upload, Path targetDir) throws IOException {
        int count = 0;
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && count < MAX_ENTRIES) {
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".edi")) {
                    continue;
                }
                Files.copy(zis, targetDir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                count++;
            }
        }
        return count;
    }

    public List<Path> extractStowageArchive(Path archive, Path targetDir) throws IOException {
        List<Path> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory() || written.size() >= MAX_ENTRIES) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Path out = PathGuard.resolveInside(targetDir, entry.getName());
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                    written.add(out);
                }
            }
        }
        return written;
    }
}
