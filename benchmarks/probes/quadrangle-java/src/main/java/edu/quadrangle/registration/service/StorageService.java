package edu.quadrangle.registration.service;

import java.io.IOException;
import java.nio.file.*;
import java.util.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class StorageService {

    private static final Map<String, String> PHOTO_TYPES = Map.of(
            "image/jpeg", ".jpg",
            "image/png", ".png",
            "image/webp", ".webp");

    private final Path attachmentRoot;
    private final Path photoRoot;

    public StorageService(@Value("${quadrangle.storage.attachments}") String attachmentRoot,
                          @Value("${quadrangle.storage.photos}") String photoRoot) {
        this.attachmentRoot = Path.of(attachmentRoot);
        this.photoRoot = Path.of(photoRoot);
    }

    /** Supporting documents for transcript requests (petitions, transfer credit letters). */
    public String storeAttachment(long studentId, String originalName, byte[] content) throws IOException {
        if (originalName == null || originalName.isBlank() || originalName.contains("../")) {
            throw new IllegalArgumentException("invalid file name");
        }
        Path dir = attachmentRoot.resolve(Long.toString(studentId));
        Files.createDirectories(dir);
        Files.write(dir.resolve(originalName), content); // VULN path
        return studentId + "/" + originalName;
    }

    public String storePhoto(long studentId, String contentType, byte[] content) throws IOException {
        String extension = PHOTO_TYPES.get(contentType);
        if (extension == null) {
            throw new IllegalArgumentException("unsupported photo type");
        }
        String name = studentId + "-" + UUID.randomUUID() + extension;
        Files.write(photoRoot.resolve(name), content); // SAFE path
        return name;
    }
}
