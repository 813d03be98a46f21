package com.nacelle.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.nacelle.util.PathResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Unpacks drone survey archives (RGB blade close-ups and thermal packs) exported by the
 * inspection contractor's flight software.
 */
@Service
public class DroneImageArchiveService {

    private static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    private static final int MAX_ENTRIES = 20_000;

    private final Path droneRoot;

    public DroneImageArchiveService(@Value("${nacelle.storage.drone-images}") String droneRoot) {
        this.droneRoot = Path.of(droneRoot);
    }

    public Path inspectionDirectory(long inspectionId) {
        return droneRoot.resolve("inspection-" + inspectionId);
    }

    public List<String> extractInspectionImages(long inspectionId, InputStream archive) throws IOException {
        Path target = inspectionDirectory(inspectionId).resolve("rgb");
        Files.createDirectories(target);
        List<String> extracted = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path out = target.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                extracted.add(entry.getName());
                if (extracted.size() > MAX_ENTRIES) {
                    throw new IOException("Archive has too many entries");
                }
            }
        }
        return extracted;
    }

    public List<String> extractThermalPack(long inspectionId, InputStream archive) throws IOException {
        Path target = inspectionDirectory(inspectionId).resolve("thermal");
        Files.createDirectories(target);
        List<String> extracted = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zis = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".tiff")) {
                    continue;
                }
                Path out = PathResolver.resolveWithin(target, entry.getName());
                Files.createDirectories(out.getParent());
                total += Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                if (total > MAX_TOTAL_BYTES || extracted.size() > MAX_ENTRIES) {
                    throw new IOException("Thermal pack exceeds limits");
                }
                extracted.add(target.relativize(out).toString());
            }
        }
        return extracted;
    }
}
