package com.dosewell.edi.service;

import com.dosewell.edi.config.EdiProperties;
import com.dosewell.edi.model.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
public class CatalogImportService {

    private static final Logger log = LoggerFactory.getLogger(CatalogImportService.class);

    private final Path catalogRoot;
    private final Path priceSheetRoot;

    public CatalogImportService(EdiProperties properties) {
        this.catalogRoot = Paths.get(properties.catalogDir()).toAbsolutePath().normalize();
        this.priceSheetRoot = Paths.get(properties.priceSheetDir()).toAbsolutePath().normalize();
    }

    public Mono<ImportReport> importCatalogBundle(String supplierCode, FilePart bundle) {
        return spool(bundle).flatMap(zip -> Mono.fromCallable(() -> extractCatalog(supplierCode, zip))
                .subscribeOn(Schedulers.boundedElastic())
                .doFinally(signal -> deleteQuietly(zip)));
    }

    public Mono<ImportReport> importPriceSheets(String supplierCode, FilePart bundle) {
        return spool(bundle).flatMap(zip -> Mono.fromCallable(() -> extractPriceSheets(supplierCode, zip))
                .subscribeOn(Schedulers.boundedElastic())
                .doFinally(signal -> deleteQuietly(zip)));
    }

    ImportReport extractCatalog(String supplierCode, Path zipPath) throws IOException {
        Path target = catalogRoot.resolve(supplierCode);
        Files.createDirectories(target);
        List<String> skipped = new ArrayList<>();
        int written = 0;
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().contains("..")) {
                    skipped.add(entry.getName());
                    continue;
                }
                Path out = target.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                }
                written++;
            }
        }
        log.info("Catalog bundle for {}: {} files written, {} skipped", supplierCode, written, skipped.size());
        return new ImportReport(supplierCode, written, skipped);
    }

    ImportReport extractPriceSheets(String supplierCode, Path zipPath) throws IOException {
        Path target = priceSheetRoot.resolve(supplierCode).normalize();
        Files.createDirectories(target);
        List<String> skipped = new ArrayList<>();
        int written = 0;
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target) || entry.isDirectory() || !entry.getName().endsWith(".csv")) {
                    skipped.add(entry.getName());
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                }
                written++;
            }
        }
        return new ImportReport(supplierCode, written, skipped);
    }

    private Mono<Path> spool(FilePart part) {
        return Mono.fromCallable(() -> Files.createTempFile("edi-bundle-", ".zip"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(tmp -> part.transferTo(tmp).thenReturn(tmp));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}", path, e);
        }
    }
}
