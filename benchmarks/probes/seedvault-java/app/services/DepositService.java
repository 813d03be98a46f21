package services;

import dto.DepositForm;
import dto.LotSearchCriteria;
import io.ebean.PagedList;
import models.Garden;
import models.SeedLot;
import play.Logger;
import repositories.GardenRepository;
import repositories.SeedLotRepository;
import util.PathGuard;
import util.StorageSettings;
import util.Tokens;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

@Singleton
public class DepositService {

    private static final Logger.ALogger LOG = Logger.of(DepositService.class);
    private static final String MANIFEST_NAME = "deposits.csv";

    private final SeedLotRepository lots;
    private final GardenRepository gardens;
    private final StorageSettings settings;

    @Inject
    public DepositService(SeedLotRepository lots, GardenRepository gardens, StorageSettings settings) {
        this.lots = lots;
        this.gardens = gardens;
        this.settings = settings;
    }

    public PagedList<SeedLot> search(LotSearchCriteria criteria) {
        return lots.search(criteria);
    }

    public Optional<SeedLot> find(long id) {
        return lots.findById(id);
    }

    public Optional<SeedLot> findByAccession(String accession) {
        return lots.findByAccession(accession);
    }

    public SeedLot deposit(DepositForm form, String depositor) {
        Garden garden = gardens.findByCode(form.gardenCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown garden " + form.gardenCode));
        SeedLot lot = new SeedLot();
        lot.species = form.species.trim();
        lot.variety = blankToNull(form.variety);
        lot.family = blankToNull(form.family);
        lot.garden = garden;
        lot.quantityGrams = form.quantityGrams;
        lot.harvestYear = form.harvestYear;
        lot.collectionSite = blankToNull(form.collectionSite);
        lot.storageLocation = blankToNull(form.storageLocation);
        lot.notes = blankToNull(form.notes);
        lot.depositedBy = depositor;
        lot.accessionNumber = nextAccession(garden);
        lots.save(lot);
        LOG.info("deposit {} of {} g {} by {}", lot.accessionNumber, lot.quantityGrams, lot.species, depositor);
        return lot;
    }

    /** Stores a packet photo next to the garden's other photos, keeping the curator's file name. */
    public SeedLot attachPhoto(SeedLot lot, String clientFileName, Path uploaded) throws IOException {
        String extension = PathGuard.extension(clientFileName);
        if (!extension.equals("jpg") && !extension.equals("jpeg") && !extension.equals("png")) {
            throw new IllegalArgumentException("photos must be JPEG or PNG");
        }
        Path gardenDir = settings.uploads.resolve("photos").resolve(lot.garden.code);
        Files.createDirectories(gardenDir);
        Path target = gardenDir.resolve(clientFileName);
        Files.copy(uploaded, target, StandardCopyOption.REPLACE_EXISTING); // VULN path
        lot.photoPath = "photos/" + lot.garden.code + "/" + clientFileName;
        lot.photoChecksum = sha256(target);
        lots.update(lot);
        return lot;
    }

    /** Resolves the stored photo path; stored paths are re-checked because they predate upload validation. */
    public Optional<Path> photoFile(SeedLot lot) {
        if (lot.photoPath == null) {
            return Optional.empty();
        }
        Path path = PathGuard.resolveInside(settings.uploads, lot.photoPath);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Bulk import from the field-collection app: a zip containing deposits.csv plus the packet
     * photos referenced from it.
     */
    public List<SeedLot> importArchive(Path zipFile, String gardenCode, String depositor) throws IOException {
        Garden garden = gardens.findByCode(gardenCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown garden " + gardenCode));
        Path batchDir = settings.imports.resolve("batch-" + UUID.randomUUID());
        Files.createDirectories(batchDir);
        List<String[]> rows = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().equalsIgnoreCase(MANIFEST_NAME)) {
                    rows.addAll(readManifest(zip));
                    continue;
                }
                Path target = batchDir.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
            }
        }
        List<SeedLot> created = new ArrayList<>();
        for (String[] row : rows) {
            created.add(depositFromRow(garden, row, batchDir, depositor));
        }
        return created;
    }

    private SeedLot depositFromRow(Garden garden, String[] row, Path batchDir, String depositor) throws IOException {
        DepositForm form = new DepositForm();
        form.gardenCode = garden.code;
        form.species = row[0];
        form.variety = row.length > 1 ? row[1] : null;
        form.quantityGrams = row.length > 2 ? new BigDecimal(row[2].trim()) : BigDecimal.ZERO;
        form.harvestYear = row.length > 3 && !row[3].isBlank() ? Integer.valueOf(row[3].trim()) : null;
        form.collectionSite = row.length > 4 ? row[4] : null;
        SeedLot lot = deposit(form, depositor);
        if (row.length > 5 && !row[5].isBlank()) {
            Path photo = PathGuard.resolveInside(batchDir, row[5].trim());
            if (Files.isRegularFile(photo)) {
                attachPhoto(lot, lot.accessionNumber + "." + PathGuard.extension(row[5].trim()), photo);
            }
        }
        return lot;
    }

    private static List<String[]> readManifest(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (header) {
                header = false;
                continue;
            }
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        return rows;
    }

    private String nextAccession(Garden garden) {
        String prefix = Tokens.accessionPrefix(garden.code, Year.now().getValue());
        return prefix + String.format("%05d", lots.nextSequence(prefix));
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
