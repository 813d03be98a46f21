package com.moorgate.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * File storage for claim attachments, survey photos and outbound carrier manifests.
 */
public class AttachmentStore {

    private final Path attachmentRoot;
    private final Path photoRoot;
    private final Path manifestOutbox;

    public AttachmentStore(Path attachmentRoot, Path photoRoot, Path manifestOutbox) {
        this.attachmentRoot = attachmentRoot.toAbsolutePath().normalize();
        this.photoRoot = photoRoot.toAbsolutePath().normalize();
        this.manifestOutbox = manifestOutbox.toAbsolutePath().normalize();
    }

    public InputStream open(UUID claimId, String fileName) throws IOException {
        Path file = attachmentRoot.resolve(claimId.toString()).resolve(fileName);
        return Files.newInputStream(file); // VULN path
    }

    public Path save(UUID claimId, String originalName, InputStream content) throws IOException {
        Path dir = Files.createDirectories(attachmentRoot.resolve(claimId.toString()));
        String stored = UUID.randomUUID() + "-" + FileNames.leaf(originalName);
        Path target = dir.resolve(stored);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING); // SAFE path
        return target;
    }

    public Path surveyPhoto(String relativePath) {
        Path candidate = photoRoot.resolve(relativePath).normalize();
        if (!candidate.startsWith(photoRoot)) {
            throw new IllegalArgumentException("Photo path outside survey store");
        }
        return candidate;
    }

    public InputStream openSurveyPhoto(String relativePath) throws IOException {
        Path photo = surveyPhoto(relativePath);
        return Files.newInputStream(photo); // SAFE path
    }

    public Path writeManifest(String manifestName, byte[] xml) throws IOException {
        Files.createDirectories(manifestOutbox);
        Path target = manifestOutbox.resolve(manifestName + ".xml");
        return Files.write(target, xml); // VULN path
    }

    public Path archiveAcknowledgement(UUID claimId, byte[] xml) throws IOException {
        Path dir = Files.createDirectories(manifestOutbox.resolve("acks"));
        return Files.write(dir.resolve("ack-" + claimId + ".xml"), xml); // SAFE path
    }
}
