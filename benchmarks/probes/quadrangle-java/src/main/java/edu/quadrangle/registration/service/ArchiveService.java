package edu.quadrangle.registration.service;

import java.io.*;
import java.nio.file.*;
import java.util.zip.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ArchiveService {

    private final Path materialsRoot;
    private final Path gradebookStaging;

    public ArchiveService(@Value("${quadrangle.storage.materials}") String materialsRoot) {
        this.materialsRoot = Path.of(materialsRoot).toAbsolutePath().normalize();
        this.gradebookStaging = this.materialsRoot.resolve("_gradebook-staging");
    }

    /** Instructors upload a zip of lecture notes and problem sets for a course. */
    public int extractCourseMaterials(String courseCode, InputStream upload) throws IOException {
        Path targetDir = materialsRoot.resolve(courseCode);
        Files.createDirectories(targetDir);
        int extracted = 0;
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX")) {
                    continue;
                }
                Files.copy(zis, targetDir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                extracted++;
            }
        }
        return extracted;
    }

    /** Gradebook exports from the LMS arrive as a bundle of per-section CSV files. */
    public int extractGradebookBundle(String batchId, InputStream upload) throws IOException {
        Path targetDir = gradebookStaging.resolve(batchId).normalize();
        Files.createDirectories(targetDir);
        int extracted = 0;
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path out = targetDir.resolve(entry.getName()).normalize();
                if (!out.startsWith(targetDir)) {
                    throw new IOException("entry outside staging directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                extracted++;
            }
        }
        return extracted;
    }
}
