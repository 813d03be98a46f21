package com.cargomark.callbacks.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;

/** Proof-of-delivery files (signed delivery notes, photos) pushed by carriers. */
public class PodStorage {

    private final Path root;

    public PodStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public String save(String scac, String trackingNumber, String documentName, InputStream content) throws IOException {
        Path directory = root.resolve(scac.toLowerCase(Locale.ROOT)).resolve(trackingNumber);
        Files.createDirectories(directory);
        String name = documentName != null && !documentName.isBlank()
                ? documentName
                : "pod-" + Instant.now().toEpochMilli() + ".bin";
        Path target = directory.resolve(name);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING); // VULN path
        return root.relativize(target).toString();
    }
}
