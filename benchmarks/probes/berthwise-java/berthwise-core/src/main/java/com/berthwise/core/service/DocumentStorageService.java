package com.berthwise.core.service;

import com.berthwise.core.util.PathGuard;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.*;
import java.util.HexFormat;
import java.util.UUID;

@Singleton
public class DocumentStorageService {
    private final Path root = Path.of(System.getenv().getOrDefault("BERTHWISE_DOCS_ROOT", "/var/lib/berthwise/docs"));

    public byte[] readCallDocument(String callRef, String fileName) throws IOException {
        Path file = root.resolve("calls").resolve(callRef).resolve(fileName);
        return Files.readAllBytes(file); // VULN path
    }

    public byte[] readBerthPlanPdf(String fileName) throws IOException {
        Path file = PathGuard.resolveInside(root.resolve("berth-plans"), fileName);
        return Files.readAllBytes(file); // SAFE path
    }

    public Path stowageFile(UUID callId) {
        return root.resolve("stowage").resolve(callId + ".xml");
    }

    public String etag(byte[] content) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("MD5"); // SAFE hash
        return "\"" + HexFormat.of().formatHex(digest.digest(content)) + "\"";
    }
}
