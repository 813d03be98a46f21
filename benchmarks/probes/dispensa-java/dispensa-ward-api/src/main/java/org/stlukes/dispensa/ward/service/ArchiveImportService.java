package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import org.jboss.logging.Logger;
import org.stlukes.dispensa.ward.config.StorageConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Pattern;
import java.util.zip.*;

@ApplicationScoped
public class ArchiveImportService {

    private static final Logger LOG = Logger.getLogger(ArchiveImportService.class);
    private static final Pattern WARD_CODE = Pattern.compile("[A-Z]{2,4}[0-9]{0,2}");

    @Inject
    StorageConfig storage;

    public int extractLabelBundle(Path upload, String ward) throws IOException {
        if (ward == null || !WARD_CODE.matcher(ward).matches()) {
            throw new BadRequestException("invalid ward code");
        }
        Path wardDir = Path.of(storage.labelTemplates(), ward);
        Files.createDirectories(wardDir);
        int count = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(upload))) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path out = wardDir.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                count++;
            }
        }
        LOG.infof("extracted %d label templates for ward %s", count, ward);
        return count;
    }

    public List<String> extractSnapshot(Path upload) throws IOException {
        Path dest = Path.of(storage.formularySnapshots(), LocalDate.now().toString()).toAbsolutePath().normalize();
        Files.createDirectories(dest);
        List<String> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(upload.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path out = dest.resolve(entry.getName()).normalize();
                if (!out.startsWith(dest)) {
                    throw new BadRequestException("archive entry outside snapshot directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                }
                written.add(dest.relativize(out).toString());
            }
        }
        LOG.infof("formulary snapshot unpacked into %s (%d files)", dest, written.size());
        return written;
    }
}
