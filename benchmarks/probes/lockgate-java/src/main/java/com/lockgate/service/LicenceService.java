package com.lockgate.service;

import com.lockgate.config.AppConfig;
import com.lockgate.config.Database;
import com.lockgate.mapper.LicenceMapper;
import com.lockgate.model.Boat;
import com.lockgate.model.Licence;
import com.lockgate.repository.BoatRepository;
import org.apache.ibatis.session.SqlSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Boat licences: lookup, renewal and the supporting documents (insurance certificate,
 * boat safety scheme certificate) that must be on file before a licence is issued.
 */
public class LicenceService {

    private static final Map<String, String> SCAN_TYPES = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    private static final Map<Licence.Type, Integer> BASE_FEE_PER_METRE = Map.of(
            Licence.Type.CONTINUOUS_CRUISER, 9800,
            Licence.Type.HOME_MOORING, 7600,
            Licence.Type.VISITOR_7_DAY, 540,
            Licence.Type.VISITOR_30_DAY, 1650,
            Licence.Type.BUSINESS, 11900);

    private final BoatRepository boats;
    private final Path attachmentsRoot;

    public LicenceService() {
        this(new BoatRepository(), AppConfig.get().attachmentsRoot());
    }

    public LicenceService(BoatRepository boats, Path attachmentsRoot) {
        this.boats = boats;
        this.attachmentsRoot = attachmentsRoot;
    }

    public List<Boat> searchBoats(String nameFragment) {
        String fragment = nameFragment == null ? "" : nameFragment.trim();
        if (fragment.length() < 2) {
            return List.of();
        }
        return boats.searchByName(fragment, 25);
    }

    public Optional<Boat> boat(long id) {
        return boats.findById(id);
    }

    public void updateBoatNotes(long boatId, String notes) {
        if (notes != null && notes.length() > 4000) {
            throw new IllegalArgumentException("notes are limited to 4000 characters");
        }
        boats.updateNotes(boatId, notes);
    }

    public List<Licence> licencesFor(long boatId) {
        try (SqlSession session = Database.get().openSession()) {
            return session.getMapper(LicenceMapper.class).findForBoat(boatId);
        }
    }

    public int quoteFee(Licence.Type type, double lengthMetres) {
        int perMetre = BASE_FEE_PER_METRE.getOrDefault(type, 9800);
        double billable = Math.max(lengthMetres, 6.0);
        return (int) Math.round(perMetre * billable / 10.0);
    }

    public Licence issue(long boatId, Licence.Type type, LocalDate from) {
        Boat boat = boats.findById(boatId).orElseThrow(() -> new IllegalArgumentException("no such boat"));
        Licence l = new Licence();
        l.setBoatId(boatId);
        l.setType(type);
        l.setValidFrom(from);
        l.setValidTo(switch (type) {
            case VISITOR_7_DAY -> from.plusDays(6);
            case VISITOR_30_DAY -> from.plusDays(29);
            default -> from.plusYears(1).minusDays(1);
        });
        l.setFeePence(quoteFee(type, boat.getLengthMetres()));
        l.setLicenceNumber("LG" + from.getYear() + "-" + boatId + "-" + type.ordinal());
        try (SqlSession session = Database.get().openSession()) {
            session.getMapper(LicenceMapper.class).insert(l);
        }
        return l;
    }

    /** Supporting document uploaded by a skipper, kept under the name they gave it. */
    public Path storeAttachment(long licenceId, String fileName, byte[] content) throws IOException {
        String base = attachmentsRoot.toString();
        String target = base + "/" + licenceId + "/" + fileName;
        if (!target.startsWith(base)) {
            throw new SecurityException("invalid attachment name");
        }
        Path path = Path.of(target);
        Files.createDirectories(path.getParent());
        Files.write(path, content); // VULN path
        recordAttachment(licenceId, path);
        return path;
    }

    /** Scans from the counter staff's document scanner; named by us. */
    public Path storeScan(long licenceId, String contentType, byte[] content) throws IOException {
        String ext = SCAN_TYPES.get(contentType);
        if (ext == null) {
            throw new IllegalArgumentException("unsupported scan type");
        }
        Path dir = attachmentsRoot.resolve(Long.toString(licenceId));
        Files.createDirectories(dir);
        Path path = dir.resolve(UUID.randomUUID() + "." + ext);
        Files.write(path, content); // SAFE path
        recordAttachment(licenceId, path);
        return path;
    }

    private void recordAttachment(long licenceId, Path path) {
        try (SqlSession session = Database.get().openSession()) {
            session.getMapper(LicenceMapper.class).setAttachment(licenceId, attachmentsRoot.relativize(path.normalize()).toString());
        }
    }
}
