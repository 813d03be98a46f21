package com.tollgate.kiosk;

import java.io.IOException;
import java.nio.file.*;

final class ReceiptFiles {

    private final Path root;

    ReceiptFiles(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    /** Resolves a receipt name inside the receipt directory, or returns null. */
    Path resolve(String name) {
        try {
            Path candidate = root.resolve(name).toRealPath();
            return candidate.startsWith(root) && Files.isRegularFile(candidate) ? candidate : null;
        } catch (IOException e) {
            return null;
        }
    }
}
