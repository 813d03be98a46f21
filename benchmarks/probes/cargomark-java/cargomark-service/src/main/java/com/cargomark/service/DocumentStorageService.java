package com.cargomark.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.cargomark.config.CargomarkProperties;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

@Service
public class DocumentStorageService {

    private static final Set<String> ALLOWED_EXTENSIONS =
            Set.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg", "png", "tif", "tiff", "xml");

    private final Path documentRoot;

    public DocumentStorageService(CargomarkProperties properties) {
        this.documentRoot = Path.of(properties.storage().documentRoot()).toAbsolutePath().normalize();
    }

    public StoredDocument store(UUID shipmentId, MultipartFile file) throws IOException {
        String original = StringUtils.cleanPath(Objects.requireNonNullElse(file.getOriginalFilename(), "document"));
        String extension = StringUtils.getFilenameExtension(original);
        extension = extension == null ? "bin" : extension.toLowerCase(Locale.ROOT);
        if (!ALLOWED_EXTENSIONS.contains(extension)) {
            extension = "bin";
        }
        String storedName = UUID.randomUUID() + "." + extension;

        Path directory = shipmentDirectory(shipmentId);
        Files.createDirectories(directory);
        Path target = directory.resolve(storedName);
        file.transferTo(target); // SAFE path
        return new StoredDocument(shipmentId, storedName, original, target, file.getSize(), file.getContentType());
    }

    public Resource load(UUID shipmentId, String fileName) throws IOException {
        if (fileName == null || fileName.isBlank() || fileName.contains("..")) {
            throw new AccessDeniedException(fileName);
        }
        Path path = shipmentDirectory(shipmentId).resolve(fileName);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(fileName);
        }
        return new InputStreamResource(Files.newInputStream(path)); // VULN path
    }

    public Path shipmentDirectory(UUID shipmentId) {
        return documentRoot.resolve(shipmentId.toString());
    }
}
