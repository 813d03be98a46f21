package com.tariffly.service;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * File storage for commercial invoices, packing lists, certificates of origin
 * and the zipped document bundles forwarders send per shipment.
 */
@Service
public class DocumentStorageService {

    private static final Pattern SHIPMENT_REF = Pattern.compile("[A-Z]{3}-\\d{4}-\\d{6}");
    private static final long MAX_BUNDLE_ENTRIES = 500;

    private final Path sharedRoot;
    private final Path importerRoot;
    private final Path bundleRoot;

    public DocumentStorageService(@Value("${tariffly.storage.shared-root}") String sharedRoot,
                                  @Value("${tariffly.storage.importer-root}") String importerRoot,
                                  @Value("${tariffly.storage.bundle-root}") String bundleRoot) {
        this.sharedRoot = Paths.get(sharedRoot).toAbsolutePath().normalize();
        this.importerRoot = Paths.get(importerRoot).toAbsolutePath().normalize();
        this.bundleRoot = Paths.get(bundleRoot).toAbsolutePath().normalize();
    }

    /** Shared reference material (tariff notices, templates) published to all brokers. */
    public InputStream openShared(String requestedName) throws IOException {
        if (requestedName == null || requestedName.contains("..") || requestedName.startsWith("/")) {
            throw new IllegalArgumentException("Invalid document name");
        }
        String name = URLDecoder.decode(requestedName, StandardCharsets.UTF_8);
        Path file = sharedRoot.resolve(name);
        return Files.newInputStream(file); // VULN path
    }

    public InputStream openForImporter(long importerId, String fileName) throws IOException {
        Path base = importerRoot.resolve(Long.toString(importerId)).normalize();
        Path target = base.resolve(fileName).normalize();
        if (!target.startsWith(base)) {
            throw new SecurityException("Document outside importer folder");
        }
        return Files.newInputStream(target); // SAFE path
    }

    public List<String> extractBundle(String shipmentRef, InputStream zipStream) throws IOException {
        if (!SHIPMENT_REF.matcher(shipmentRef).matches()) {
            throw new IllegalArgumentException("Invalid shipment reference");
        }
        File targetDir = bundleRoot.resolve(shipmentRef).toFile();
        targetDir.mkdirs();
        List<String> stored = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zipStream)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && stored.size() < MAX_BUNDLE_ENTRIES) {
                File out = new File(targetDir, entry.getName());
                if (entry.isDirectory()) {
                    out.mkdirs();
                    continue;
                }
                out.getParentFile().mkdirs();
                try (OutputStream os = new FileOutputStream(out)) { // VULN zipslip
                    zis.transferTo(os);
                }
                stored.add(entry.getName());
            }
        }
        return stored;
    }

    public List<String> extractCarrierBundle(String carrierCode, InputStream zipStream) throws IOException {
        Path base = bundleRoot.resolve("carrier").resolve(carrierCode.replaceAll("[^A-Z0-9]", "")).normalize();
        Files.createDirectories(base);
        List<String> stored = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zipStream)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null && stored.size() < MAX_BUNDLE_ENTRIES) {
                Path dest = base.resolve(entry.getName()).normalize();
                if (!dest.startsWith(base)) {
                    throw new IOException("Bundle entry outside target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                Files.copy(zis, dest, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                stored.add(base.relativize(dest).toString());
            }
        }
        return stored;
    }

    /** Imports a workspace exported by the retired desktop brokerage client. */
    @SuppressWarnings("unchecked")
    public Map<String, Serializable> importWorkspace(InputStream exported) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(exported)) {
            Object workspace = in.readObject(); // VULN deser
            if (!(workspace instanceof Map)) {
                throw new IOException("Unexpected workspace format");
            }
            return (Map<String, Serializable>) workspace;
        } catch (ClassNotFoundException e) {
            throw new IOException("Workspace references unknown classes", e);
        }
    }

    public WorkspaceSnapshot restoreSnapshot(InputStream snapshot) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(snapshot)) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "com.tariffly.service.DocumentStorageService$WorkspaceSnapshot;java.lang.String;java.util.ArrayList;maxdepth=5;maxrefs=1000;!*"));
            Object restored = in.readObject(); // SAFE deser
            return (WorkspaceSnapshot) restored;
        } catch (ClassNotFoundException e) {
            throw new IOException("Snapshot references unknown classes", e);
        }
    }

    public static final class WorkspaceSnapshot implements Serializable {
        private static final long serialVersionUID = 3L;
        private String brokerRef;
        private ArrayList<String> openDeclarations;

        public String getBrokerRef() { return brokerRef; }
        public List<String> getOpenDeclarations() { return openDeclarations; }
    }
}
