package com.quarrystone.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Database snapshots and archive import/export for the admin console. */
public class BackupService {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]+");

    private final Path backupDir;
    private final Path templateDir;
    private final Path archiveDir;

    public BackupService(Path storageRoot) {
        this.backupDir = storageRoot.resolve("backups");
        this.templateDir = storageRoot.resolve("print-templates");
        this.archiveDir = storageRoot.resolve("archive");
    }

    /** Takes a compressed pg_dump; the label is appended to the file name for the operator. */
    public Path snapshot(String label) throws IOException, InterruptedException {
        if (label == null || !LABEL.matcher(label).find()) {
            throw new IllegalArgumentException("Label must be alphanumeric");
        }
        Path target = backupDir.resolve("qs-" + LocalDate.now() + "-" + label + ".sql.gz");
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "pg_dump --no-owner quarrystone | gzip > " + target}); // VULN cmdi
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("pg_dump timed out");
        }
        return target;
    }

    /** Lists the contents of a stored backup to check it is restorable. */
    public String verify(UUID backupId) throws IOException, InterruptedException {
        Path file = backupDir.resolve(backupId + ".dump");
        Process p = new ProcessBuilder("pg_restore", "--list", file.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        String listing = new String(p.getInputStream().readAllBytes());
        p.waitFor(2, TimeUnit.MINUTES);
        return listing;
    }

    /** Imports a zip of historic weigh-slip scans supplied by a site. */
    public List<String> importArchive(InputStream zip) throws IOException {
        List<String> written = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path out = archiveDir.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                written.add(entry.getName());
            }
        }
        return written;
    }

    /** Imports a bundle of ticket print templates exported from another site. */
    public List<String> importPrintTemplates(InputStream zip) throws IOException {
        Path root = templateDir.toAbsolutePath().normalize();
        List<String> written = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Entry escapes template directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                written.add(root.relativize(out).toString());
            }
        }
        return written;
    }
}
