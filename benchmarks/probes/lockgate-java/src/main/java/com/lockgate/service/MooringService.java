package com.lockgate.service;

import com.lockgate.config.AppConfig;
import com.lockgate.config.Database;
import com.lockgate.mapper.MooringMapper;
import com.lockgate.model.Mooring;
import com.lockgate.util.PathGuard;
import org.apache.ibatis.session.SqlSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Marina and visitor moorings: vacancy search, allocation, and the per-berth documents
 * (berth plans, licence agreements) that marina operators upload.
 */
public class MooringService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "price", "nightly_pence",
            "length", "max_length_metres DESC",
            "berth", "berth_ref");

    private final Path documentsRoot;
    private final Path plansRoot;

    public MooringService() {
        this(AppConfig.get().documentsRoot(), AppConfig.get().mooringPlansRoot());
    }

    public MooringService(Path documentsRoot, Path plansRoot) {
        this.documentsRoot = documentsRoot;
        this.plansRoot = plansRoot;
    }

    public List<Mooring> vacancies(String basin, double minLength, String sort) {
        String orderBy = SORT_COLUMNS.get(sort == null ? "price" : sort);
        if (orderBy == null) {
            throw new IllegalArgumentException("sort must be one of " + SORT_COLUMNS.keySet());
        }
        try (SqlSession session = Database.get().openSession()) {
            List<Mooring> all = session.getMapper(MooringMapper.class).findVacancies(basin, minLength, orderBy);
            List<Mooring> vacant = new ArrayList<>();
            for (Mooring m : all) {
                if (m.isVacant()) {
                    vacant.add(m);
                }
            }
            return vacant;
        }
    }

    public Optional<Mooring> find(long id) {
        try (SqlSession session = Database.get().openSession()) {
            return Optional.ofNullable(session.getMapper(MooringMapper.class).findById(id));
        }
    }

    public long register(Mooring m) {
        if (m.getBasin() == null || m.getBerthRef() == null || m.getMaxLengthMetres() <= 0) {
            throw new IllegalArgumentException("basin, berth and maximum length are required");
        }
        try (SqlSession session = Database.get().openSession()) {
            session.getMapper(MooringMapper.class).insert(m);
        }
        return m.getId();
    }

    public boolean allocate(long mooringId, long boatId) {
        try (SqlSession session = Database.get().openSession()) {
            return session.getMapper(MooringMapper.class).allocate(mooringId, boatId) == 1;
        }
    }

    private Path documentDir(long mooringId) {
        return documentsRoot.resolve("moorings").resolve(Long.toString(mooringId));
    }

    public InputStream openDocument(long mooringId, String name) throws IOException {
        Path file = documentDir(mooringId).resolve(name);
        return Files.newInputStream(file); // VULN path
    }

    public boolean deleteDocument(long mooringId, String name) throws IOException {
        if (name == null || name.contains("..") || name.contains("/")) {
            throw new IllegalArgumentException("invalid document name");
        }
        String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
        return Files.deleteIfExists(documentDir(mooringId).resolve(decoded)); // VULN path
    }

    public InputStream openPlan(long mooringId, String fileName) throws IOException {
        Path file = PathGuard.resolveWithin(plansRoot.resolve(Long.toString(mooringId)), fileName);
        return Files.newInputStream(file); // SAFE path
    }

    /** Berth plan archives from marina operators: a set of PDFs and SVG drawings. */
    public int importPlanArchive(long mooringId, InputStream zip) throws IOException {
        Path dir = plansRoot.resolve(Long.toString(mooringId));
        Files.createDirectories(dir);
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path out = dir.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                count++;
            }
        }
        return count;
    }

    /** Bundles published by the navigation authority's estates team. */
    public int importAuthorityBundle(long mooringId, InputStream zip) throws IOException {
        Path dir = plansRoot.resolve(Long.toString(mooringId)).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path out = dir.resolve(entry.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                count++;
            }
        }
        return count;
    }
}
