package org.hemalink.lab;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.xpath.XPathExpressionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;

@ApplicationScoped
public class LabResultService {

    private static final Logger LOG = Logger.getLogger(LabResultService.class);
    private static final Pattern SAMPLE_ID = Pattern.compile("^[A-Z]\\d{6,12}$");

    @ConfigProperty(name = "hemalink.storage.lab-imports")
    String importsDir;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LabMessageDecoder decoder;

    @Inject
    LabResultFetcher fetcher;

    @Inject
    LabFileStore files;

    @Inject
    InstrumentConverter converter;

    @Inject
    LabXPathQuery xpath;

    @Inject
    @Channel("lab-batches")
    Emitter<String> batches;

    public record ImportReceipt(String batchId, String checksum, int files, List<String> validation) {
    }

    public int ingestXml(InputStream body) throws IOException, SQLException {
        List<LabResult> results = decoder.parseResultDocument(body);
        return saveAll(results);
    }

    public LabResult ingestSerialized(InputStream body, boolean filtered) throws IOException, SQLException {
        LabResult result = filtered ? decoder.decodeFiltered(body) : decoder.decode(body);
        saveAll(List.of(result));
        return result;
    }

    public int pullFromLims(String location) throws IOException, InterruptedException, SQLException {
        byte[] xml = fetcher.fetch(location);
        return saveAll(decoder.parseResultDocument(new ByteArrayInputStream(xml)));
    }

    public int refreshSample(String sampleNumber) throws IOException, InterruptedException, SQLException {
        long number = Long.parseLong(sampleNumber.trim());
        byte[] xml = fetcher.fetchBySample(number);
        return saveAll(decoder.parseResultDocument(new ByteArrayInputStream(xml)));
    }

    public List<LabResult> resultsFor(String sampleId) throws SQLException {
        return forSample(sampleId);
    }

    public ImportReceipt importInstrumentExport(Path upload, String instrumentModel, String schemaProfile)
            throws IOException, InterruptedException {
        String batchId = UUID.randomUUID().toString();
        Path batchDir = Path.of(importsDir, batchId);
        Path rawDir = batchDir.resolve("raw");
        String checksum = sha256(upload);
        List<Path> exported;
        try (InputStream in = Files.newInputStream(upload)) {
            exported = files.extractInstrumentExport(in, rawDir);
        }
        List<String> validation = new ArrayList<>();
        for (Path file : exported) {
            Path xml;
            if (file.getFileName().toString().endsWith(".xml")) {
                xml = batchDir.resolve(UUID.randomUUID() + ".xml");
                Files.copy(file, xml);
            } else {
                xml = converter.convert(instrumentModel, file, batchDir);
            }
            validation.add(converter.validate(schemaProfile, xml).trim());
            batches.send(xml.toString());
        }
        LOG.infof("batch %s: %d instrument files queued (sha256 %s)", batchId, exported.size(), checksum);
        return new ImportReceipt(batchId, checksum, exported.size(), validation);
    }

    public List<LabMessageDecoder.QcBundle> importQcBundle(Path upload) throws IOException {
        Path qcDir = Path.of(importsDir, "qc", UUID.randomUUID().toString());
        List<LabMessageDecoder.QcBundle> bundles = new ArrayList<>();
        try (InputStream in = Files.newInputStream(upload)) {
            for (Path file : files.extractQcBundle(in, qcDir)) {
                if (file.getFileName().toString().endsWith(".xml")) {
                    bundles.add(decoder.parseQcBundle(file));
                }
            }
        }
        return bundles;
    }

    public String analyteValue(String batchId, String sampleId, String analyte) throws IOException, XPathExpressionException {
        Document doc = loadBatch(batchId);
        String value = xpath.analyteValue(doc, sampleId, analyte);
        if (value == null || value.isEmpty()) {
            throw new NotFoundException("no " + analyte + " result for " + sampleId);
        }
        return value;
    }

    public List<LabResult> sampleInBatch(String batchId, String sampleId) throws IOException, XPathExpressionException {
        if (!SAMPLE_ID.matcher(sampleId).matches()) {
            throw new IllegalArgumentException("malformed sample id");
        }
        return xpath.sampleResults(loadBatch(batchId), sampleId);
    }

    private Document loadBatch(String batchId) throws IOException {
        UUID id = UUID.fromString(batchId);
        try (var listing = Files.list(Path.of(importsDir, id.toString()))) {
            Path first = listing.filter(p -> p.toString().endsWith(".xml")).findFirst()
                    .orElseThrow(() -> new NotFoundException("batch " + id));
            return decoder.parseStoredBatch(first);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); // SAFE hash
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    digest.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int saveAll(List<LabResult> results) throws SQLException {
        if (results.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO lab_result (sample_id, analyte, result_value, unit, flag, analyser_id, measured_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_id, analyte) DO UPDATE SET "
                             + "result_value = excluded.result_value, flag = excluded.flag, measured_at = excluded.measured_at")) {
            for (LabResult r : results) {
                ps.setString(1, r.getSampleId());
                ps.setString(2, r.getAnalyte());
                ps.setString(3, r.getValue());
                ps.setString(4, r.getUnit());
                ps.setString(5, r.getFlag());
                ps.setString(6, r.getAnalyserId());
                ps.setTimestamp(7, Timestamp.from(r.getMeasuredAt() == null ? Instant.now() : r.getMeasuredAt()));
                ps.addBatch();
            }
            return ps.executeBatch().length;
        }
    }

    public List<LabResult> forSample(String sampleId) throws SQLException {
        List<LabResult> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT sample_id, analyte, result_value, unit, flag, analyser_id, measured_at FROM lab_result WHERE sample_id = ? ORDER BY analyte")) {
            ps.setString(1, sampleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(7);
                    out.add(new LabResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), t == null ? null : t.toInstant()));
                }
            }
        }
        return out;
    }
}
