package services;

import models.GerminationTest;
import models.SeedLot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import play.Logger;
import repositories.GerminationRepository;
import repositories.GerminationRepository.RateRow;
import repositories.SeedLotRepository;
import util.PathGuard;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

@Singleton
public class GerminationService {

    private static final Logger.ALogger LOG = Logger.of(GerminationService.class);

    /** Scoring formulas agreed with the regional network; variables: sown, germinated, days. */
    private static final Map<String, String> PRESET_FORMULAS = Map.of(
            "ista", "germinated / sown",
            "speed-weighted", "(germinated / sown) * Math.max(0.5, 1 - (days - 7) / 60)",
            "viability-index", "(germinated / sown) * 100 / Math.max(days, 1)");

    private final GerminationRepository tests;
    private final SeedLotRepository lots;
    private final StorageSettings settings;
    private final ScriptEngine formulas;

    @Inject
    public GerminationService(GerminationRepository tests, SeedLotRepository lots, StorageSettings settings) {
        this.tests = tests;
        this.lots = lots;
        this.settings = settings;
        this.formulas = new ScriptEngineManager().getEngineByName("nashorn");
    }

    public List<RateRow> history(long lotId) {
        return tests.historyForLot(lotId);
    }

    public List<RateRow> byLabReference(String labReference) {
        return tests.byLabReference(labReference);
    }

    public List<RateRow> failingLots(double threshold) {
        return tests.belowThreshold(threshold, 50);
    }

    public GerminationTest record(SeedLot lot, int sown, int germinated, Integer firstDay, String method, String tester) {
        if (sown <= 0 || germinated < 0 || germinated > sown) {
            throw new IllegalArgumentException("germinated must be between 0 and seeds sown");
        }
        GerminationTest test = new GerminationTest();
        test.lot = lot;
        test.testDate = LocalDate.now();
        test.seedsSown = sown;
        test.seedsGerminated = germinated;
        test.daysToFirstEmergence = firstDay;
        test.method = method;
        test.testedBy = tester;
        tests.save(test);
        return test;
    }

    /** Imports the XML export produced by the contract germination lab. */
    public int importLabResults(InputStream xml, String importedBy) throws IOException {
        Document document = parseLabExport(xml);
        NodeList results = document.getElementsByTagName("result");
        int imported = 0;
        for (int i = 0; i < results.getLength(); i++) {
            Element result = (Element) results.item(i);
            Optional<SeedLot> lot = lots.findByAccession(result.getAttribute("accession"));
            if (lot.isEmpty()) {
                LOG.warn("lab result for unknown accession {}", result.getAttribute("accession"));
                continue;
            }
            GerminationTest test = record(lot.get(),
                    Integer.parseInt(text(result, "sown")),
                    Integer.parseInt(text(result, "germinated")),
                    optionalInt(text(result, "firstEmergenceDay")),
                    text(result, "method"),
                    importedBy);
            test.labReference = result.getAttribute("ref");
            test.temperatureRegime = text(result, "regime");
            tests.update(test);
            imported++;
        }
        return imported;
    }

    private static Document parseLabExport(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setIgnoringComments(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(xml); // VULN xxe
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("lab export is not valid XML", e);
        }
    }

    /** Lab bundles are zips of scanned result sheets; they are unpacked under the lab folder. */
    public List<Path> unpackLabBundle(Path bundle, String labReference) throws IOException {
        Path dir = settings.uploads.resolve("lab").resolve(labReference.replaceAll("[^A-Za-z0-9-]", "_"));
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = PathGuard.resolveInside(dir, entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                written.add(target);
            }
        }
        return written;
    }

    /**
     * Removes a scanned sheet. The lab UI percent-encodes names a second time before putting them
     * in the query string, so they are decoded once more here.
     */
    public boolean removeAttachment(GerminationTest test, String encodedName) throws IOException {
        String fileName = URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
        Path labDir = settings.uploads.resolve("lab").resolve(test.labReference.replaceAll("[^A-Za-z0-9-]", "_"));
        boolean removed = Files.deleteIfExists(labDir.resolve(fileName)); // VULN path
        if (removed && fileName.equals(test.attachmentPath)) {
            test.attachmentPath = null;
            tests.update(test);
        }
        return removed;
    }

    public Optional<GerminationTest> findTest(long testId) {
        return tests.findTest(testId);
    }

    /** Scores a lot's latest test with one of the network's preset formulas. */
    public double presetScore(String formulaName, int sown, int germinated, int days) throws ScriptException {
        String expression = PRESET_FORMULAS.get(formulaName);
        if (expression == null) {
            throw new IllegalArgumentException("unknown formula " + formulaName);
        }
        return toDouble(formulas.eval(expression, bindings(sown, germinated, days))); // SAFE code
    }

    /** Research staff can try their own scoring expression against the same variables. */
    public double customScore(String expression, int sown, int germinated, int days) throws ScriptException {
        return toDouble(formulas.eval(expression, bindings(sown, germinated, days))); // VULN code
    }

    /**
     * Re-runs the viability regression for a species before its seed leaves the vault. Triggered from
     * the exchange worker when a request is approved.
     */
    public int runViabilityModel(String species) throws IOException, InterruptedException {
        Path out = settings.reports.resolve("viability");
        Files.createDirectories(out);
        String command = "Rscript /opt/seedvault/models/viability.R --species '" + species + "' --out " + out;
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private Bindings bindings(int sown, int germinated, int days) {
        Bindings bindings = formulas.createBindings();
        bindings.put("sown", (double) sown);
        bindings.put("germinated", (double) germinated);
        bindings.put("days", (double) days);
        return bindings;
    }

    private static double toDouble(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("formula did not produce a number");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    private static Integer optionalInt(String value) {
        return value == null || value.isEmpty() ? null : Integer.valueOf(value);
    }
}
