package com.claimwright.core.service;

import com.claimwright.core.util.InputRules;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import org.apache.commons.compress.archivers.tar.*;

public class DocumentStorageService {

    private final Path root;
    private final Path exportRoot;

    public DocumentStorageService(Path root, Path exportRoot) {
        this.root = root.toAbsolutePath().normalize();
        this.exportRoot = exportRoot.toAbsolutePath().normalize();
    }

    public Path store(String claimNumber, String originalName, InputStream content) throws IOException {
        InputRules.requireClaimNumber(claimNumber);
        Path target = Files.createDirectories(root.resolve(claimNumber)).resolve(originalName);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING); // VULN path
        return target;
    }

    public Path locate(String claimNumber, String fileName) {
        return InputRules.resolveInside(root, claimNumber + "/" + fileName);
    }

    public byte[] read(String claimNumber, String fileName) throws IOException {
        Path file = locate(claimNumber, fileName);
        return Files.readAllBytes(file); // SAFE path
    }

    public byte[] readGenerated(String documentId) throws IOException {
        UUID id = UUID.fromString(documentId);
        return Files.readAllBytes(root.resolve("generated").resolve(id + ".pdf")); // SAFE path
    }

    public Path writeAdjusterNote(String claimNumber, String noteName, String body) throws IOException {
        InputRules.requireClaimNumber(claimNumber);
        Path target = Files.createDirectories(exportRoot.resolve(claimNumber)).resolve(noteName + ".txt");
        Files.writeString(target, body, StandardCharsets.UTF_8); // VULN path
        if (!target.normalize().startsWith(exportRoot)) {
            throw new SecurityException("Note path escapes export root");
        }
        return target;
    }

    public int extractZipBundle(String claimNumber, InputStream zipStream) throws IOException {
        InputRules.requireClaimNumber(claimNumber);
        Path dest = Files.createDirectories(root.resolve(claimNumber).resolve("bundle"));
        int count = 0;
        try (ZipInputStream zis = new ZipInputStream(zipStream)) {
            for (ZipEntry entry; (entry = zis.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path out = dest.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                count++;
            }
        }
        return count;
    }

    public int extractTarBundle(String claimNumber, InputStream tarStream) throws IOException {
        InputRules.requireClaimNumber(claimNumber);
        Path dest = Files.createDirectories(root.resolve(claimNumber).resolve("bundle"));
        int count = 0;
        try (TarArchiveInputStream tis = new TarArchiveInputStream(tarStream)) {
            for (TarArchiveEntry entry; (entry = tis.getNextEntry()) != null; ) {
                Path out = dest.resolve(entry.getName()).normalize();
                if (!out.startsWith(dest)) {
                    throw new IOException("Archive entry outside bundle: " + entry.getName());
                }
                if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(tis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                    count++;
                }
            }
        }
        return count;
    }
}
