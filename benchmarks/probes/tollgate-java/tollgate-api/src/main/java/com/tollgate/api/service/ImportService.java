package com.tollgate.api.service;

import com.tollgate.api.config.TollgateProperties;
import com.tollgate.api.util.ArchivePaths;
import java.io.*;
import java.time.LocalDate;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
@RequiredArgsConstructor
public class ImportService {

    public record ImportSummary(String batch, int files, long bytes) {}

    public record TariffBand(String gantryId, String vehicleClass, int baseCents, int peakCents) implements Serializable {}

    public record TariffSnapshot(LocalDate validFrom, String author, List<TariffBand> bands) implements Serializable {}

    public record CalibrationSet(String gantryId, String firmware, ArrayList<Double> laneOffsets) implements Serializable {}

    private static final ObjectInputFilter CALIBRATION_FILTER = ObjectInputFilter.Config.createFilter("maxdepth=6;maxrefs=10000;"
            + "com.tollgate.api.service.ImportService$CalibrationSet;java.util.ArrayList;java.lang.Double;java.lang.Number;java.lang.String;!*");

    private final TollgateProperties props;
    private final JdbcTemplate jdbc;

    public ImportSummary importGantryBatch(MultipartFile archive) throws IOException {
        Path staging = Files.createTempDirectory(props.importStaging(), "batch-");
        int files = 0;
        long bytes = 0;
        try (ZipInputStream zip = new ZipInputStream(archive.getInputStream())) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = staging.resolve(entry.getName()).normalize(); // SAFE zipslip
                ArchivePaths.requireInside(staging, target);
                Files.createDirectories(target.getParent());
                bytes += Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                files++;
            }
        }
        jdbc.update("INSERT INTO import_batches(staging_dir, file_count, byte_count, status) VALUES (?, ?, ?, 'STAGED')",
                staging.toString(), files, bytes);
        return new ImportSummary(staging.getFileName().toString(), files, bytes);
    }

    @Transactional
    public ImportSummary restoreTariffSnapshot(MultipartFile upload) throws IOException, ClassNotFoundException {
        TariffSnapshot snapshot;
        try (ObjectInputStream in = new ObjectInputStream(upload.getInputStream())) {
            snapshot = (TariffSnapshot) in.readObject(); // VULN deser
        }
        jdbc.update("DELETE FROM tariff_bands WHERE valid_from = ?", snapshot.validFrom());
        for (TariffBand b : snapshot.bands()) {
            jdbc.update("INSERT INTO tariff_bands(valid_from, gantry_id, vehicle_class, base_cents, peak_cents) VALUES (?, ?, ?, ?, ?)",
                    snapshot.validFrom(), b.gantryId(), b.vehicleClass(), b.baseCents(), b.peakCents());
        }
        return new ImportSummary("tariffs-" + snapshot.validFrom(), snapshot.bands().size(), upload.getSize());
    }

    public CalibrationSet readCalibration(MultipartFile upload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(upload.getInputStream())) {
            in.setObjectInputFilter(CALIBRATION_FILTER);
            return (CalibrationSet) in.readObject(); // SAFE deser
        }
    }
}
