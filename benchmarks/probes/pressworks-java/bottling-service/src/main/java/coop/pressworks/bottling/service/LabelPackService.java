package coop.pressworks.bottling.service;

import jakarta.ws.rs.BadRequestException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports label packs sent by the design agency. Packs contain one folder per
 * SKU with artwork and proofs; the agency sends .tar.gz from their Mac build
 * pipeline and .zip when someone exports by hand.
 */
public class LabelPackService {

    private static final Logger LOG = LoggerFactory.getLogger(LabelPackService.class);
    private static final Set<String> EXTENSIONS = Set.of(".pdf", ".svg", ".png", ".ai");
    private static final int MAX_ENTRIES = 2_000;

    private final LabelStorage storage;

    public LabelPackService(LabelStorage storage) {
        this.storage = storage;
    }

    public List<String> importTarball(InputStream upload) throws IOException {
        Path root = storage.root();
        List<String> written = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(upload))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isDirectory() || !hasArtworkExtension(entry.getName())) {
                    continue;
                }
                if (written.size() >= MAX_ENTRIES) {
                    throw new BadRequestException("Label pack has too many files");
                }
                Path target = root.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                written.add(entry.getName());
            }
        }
        LOG.info("Imported {} files from tar label pack", written.size());
        return written;
    }

    public List<String> importZip(InputStream upload) throws IOException {
        Path root = storage.root();
        List<String> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !hasArtworkExtension(entry.getName())) {
                    continue;
                }
                if (written.size() >= MAX_ENTRIES) {
                    throw new BadRequestException("Label pack has too many files");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new BadRequestException("Label pack entry escapes the label tree: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                written.add(entry.getName());
            }
        }
        LOG.info("Imported {} files from zip label pack", written.size());
        return written;
    }

    private static boolean hasArtworkExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
