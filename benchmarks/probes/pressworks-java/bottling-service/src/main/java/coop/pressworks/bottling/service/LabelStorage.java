package coop.pressworks.bottling.service;

import coop.pressworks.bottling.support.Validators;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Label artwork tree on the prepress share:
 * {@code <root>/<SKU>/artwork/*.pdf|*.svg} and {@code <root>/<SKU>/proof.pdf}.
 */
public class LabelStorage {

    private final Path root;

    public LabelStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public InputStream openArtwork(String sku, String fileName) throws IOException {
        Validators.requireSku(sku);
        Path artworkDir = root.resolve(sku).resolve("artwork");
        if (!Files.isDirectory(artworkDir)) {
            throw new NotFoundException("No artwork for " + sku);
        }
        return Files.newInputStream(artworkDir.resolve(fileName)); // VULN path
    }

    public InputStream openProof(String sku) throws IOException {
        Path proof = root.resolve(Validators.requireSku(sku)).resolve("proof.pdf");
        if (!Files.isRegularFile(proof)) {
            throw new NotFoundException("No proof for " + sku);
        }
        return Files.newInputStream(proof); // SAFE path
    }
}
