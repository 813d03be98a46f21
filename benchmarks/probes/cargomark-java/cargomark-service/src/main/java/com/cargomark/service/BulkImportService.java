package com.cargomark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cargomark.config.CargomarkProperties;
import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.repository.DeclarationRepository;
import com.cargomark.util.ArchivePaths;
import com.cargomark.xml.CustomsXmlParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
public class BulkImportService {

    private static final Logger log = LoggerFactory.getLogger(BulkImportService.class);
    private static final int MAX_ENTRIES = 500;

    public record ImportSummary(int extracted, int imported, List<String> errors) {
    }

    private final Path importRoot;
    private final DocumentStorageService documentStorage;
    private final CustomsXmlParser customsXmlParser;
    private final DeclarationRepository declarations;

    public BulkImportService(CargomarkProperties properties, DocumentStorageService documentStorage,
                             CustomsXmlParser customsXmlParser, DeclarationRepository declarations) {
        this.importRoot = Path.of(properties.storage().importRoot()).toAbsolutePath().normalize();
        this.documentStorage = documentStorage;
        this.customsXmlParser = customsXmlParser;
        this.declarations = declarations;
    }

    /** Imports a batch of declaration XML files exported from the customer's ERP. */
    @Transactional
    public ImportSummary importDeclarations(UUID customerId, MultipartFile archive) throws IOException {
        Path batchDir = importRoot.resolve(customerId.toString()).resolve(LocalDate.now().toString());
        Files.createDirectories(batchDir);

        List<Path> extracted = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(archive.getInputStream())) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && extracted.size() < MAX_ENTRIES) {
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                Path target = batchDir.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                extracted.add(target);
            }
        }

        List<String> errors = new ArrayList<>();
        int imported = 0;
        for (Path xml : extracted) {
            try (InputStream in = Files.newInputStream(xml)) {
                CustomsDeclaration declaration = customsXmlParser.parse(in);
                declaration.setCustomerId(customerId);
                declarations.save(declaration);
                imported++;
            } catch (Exception e) {
                log.info("Rejected {} in bulk import: {}", xml.getFileName(), e.getMessage());
                errors.add(batchDir.relativize(xml) + ": " + e.getMessage());
            }
        }
        return new ImportSummary(extracted.size(), imported, errors);
    }

    /** Unpacks supporting documents (invoices, packing lists, certificates) for a shipment. */
    public ImportSummary importSupportingDocuments(UUID shipmentId, MultipartFile archive) throws IOException {
        Path targetDir = documentStorage.shipmentDirectory(shipmentId).resolve("supporting");
        Files.createDirectories(targetDir);
        int count = 0;
        try (ZipInputStream zis = new ZipInputStream(archive.getInputStream())) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && count < MAX_ENTRIES) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = ArchivePaths.resolveEntry(targetDir, entry);
                Files.createDirectories(target.getParent());
                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                count++;
            }
        }
        return new ImportSummary(count, count, List.of());
    }
}
