package com.moorgate.service;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks zip bundles: survey photo sets uploaded by surveyors and EDI bundles dropped by carriers.
 */
public class ArchiveImporter {

    private static final int MAX_ENTRIES = 2_000;

    private final Path bundleRoot;

    public ArchiveImporter(Path bundleRoot) {
        this.bundleRoot = bundleRoot;
    }

    public List<String> importSurveyBundle(UUID claimId, InputStream zip) throws IOException {
        File dest = Files.createDirectories(bundleRoot.resolve("survey").resolve(claimId.toString())).toFile();
        List<String> imported = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && imported.size() < MAX_ENTRIES) {
                File out = new File(dest, entry.getName());
                if (entry.isDirectory()) {
                    out.mkdirs();
                    continue;
                }
                out.getParentFile().mkdirs();
                Files.copy(zis, out.toPath(), StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                imported.add(entry.getName());
            }
        }
        return imported;
    }

    public List<Path> importEdiBundle(String bundleName, InputStream zip) throws IOException {
        Path dest = Files.createDirectories(bundleRoot.resolve("edi").resolve(UUID.randomUUID().toString())).toRealPath();
        List<Path> imported = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && imported.size() < MAX_ENTRIES) {
                Path out = dest.resolve(entry.getName()).normalize();
                if (!out.startsWith(dest)) {
                    throw new IOException("Entry escapes bundle directory in " + bundleName + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                imported.add(out);
            }
        }
        return imported;
    }
}
