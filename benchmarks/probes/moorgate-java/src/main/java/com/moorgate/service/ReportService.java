package com.moorgate.service;

import com.moorgate.api.ClaimReportRow;
import com.moorgate.db.ReportRepository;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

public class ReportService {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ReportRepository repository;
    private final Path exportRoot;

    public ReportService(ReportRepository repository, Path exportRoot) {
        this.repository = repository;
        this.exportRoot = exportRoot;
    }

    public List<ClaimReportRow> regionSummary(String region) throws SQLException {
        return repository.regionSummary(region.trim().toUpperCase());
    }

    public List<ClaimReportRow> lossPeriod(String from, String to) throws SQLException {
        if (!ISO_DATE.matcher(from).find() || !ISO_DATE.matcher(to).find()) {
            throw new IllegalArgumentException("Dates must be YYYY-MM-DD");
        }
        return repository.lossPeriodSummary(from, to);
    }

    public List<ClaimReportRow> carrierYear(String carrier, int year) throws SQLException {
        int current = LocalDate.now().getYear();
        if (year < 1990 || year > current) {
            throw new IllegalArgumentException("Year out of range");
        }
        return repository.carrierYearSummary(carrier, year);
    }

    public Path exportCsv(String label, List<ClaimReportRow> rows) throws IOException {
        Files.createDirectories(exportRoot);
        String name = "claims-" + label.replaceAll("[^A-Za-z0-9]", "") + "-"
                + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        Path file = exportRoot.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("region,carrier,status,count,claimed,reserved\n");
            for (ClaimReportRow r : rows) {
                w.write(String.join(",", r.region(), r.carrierCode(), r.status(), String.valueOf(r.claimCount()),
                        String.valueOf(r.totalClaimed()), String.valueOf(r.totalReserved())));
                w.write('\n');
            }
        }
        return file;
    }

    public boolean deleteExport(String fileName) throws IOException {
        if (!fileName.endsWith(".csv")) {
            throw new IllegalArgumentException("Only CSV exports can be removed");
        }
        return Files.deleteIfExists(exportRoot.resolve(fileName)); // VULN path
    }
}
