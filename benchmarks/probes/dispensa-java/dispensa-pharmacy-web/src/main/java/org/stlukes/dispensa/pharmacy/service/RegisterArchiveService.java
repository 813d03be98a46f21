package org.stlukes.dispensa.pharmacy.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.*;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

@Service
public class RegisterArchiveService {

    private static final String REPORTING_URL = "jdbc:postgresql://reporting-db.stlukes.local:5432/dispensa_reporting";
    private static final String MONTH_SQL = "SELECT ward_code, drug_code, entry_type, quantity, balance_after,"
            + " recorded_by, witnessed_by, recorded_at FROM cd_register_entry"
            + " WHERE recorded_at >= ? AND recorded_at < ? ORDER BY ward_code, drug_code, recorded_at";

    private final Path archiveDir;

    public RegisterArchiveService(@Value("${dispensa.archive-dir}") String archiveDir) {
        this.archiveDir = Path.of(archiveDir);
    }

    public Path archiveMonth(YearMonth month, String label) throws SQLException, IOException, InterruptedException {
        Path csv = archiveDir.resolve("cd-register-" + month + ".csv");
        try (Connection conn = DriverManager.getConnection(REPORTING_URL, "dispensa_report", "Rep0rt!ng-2022"); // VULN secret
             PreparedStatement ps = conn.prepareStatement(MONTH_SQL);
             BufferedWriter out = Files.newBufferedWriter(csv)) {
            ps.setTimestamp(1, Timestamp.valueOf(month.atDay(1).atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
            out.write("ward,drug,type,quantity,balance,recorded_by,witnessed_by,recorded_at\n");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int col = 1; col <= 8; col++) {
                        out.write((col > 1 ? "," : "") + rs.getString(col));
                    }
                    out.write("\n");
                }
            }
        }
        return compress(csv, label);
    }

    private Path compress(Path csv, String label) throws IOException, InterruptedException {
        Path target = archiveDir.resolve(label + ".csv.gz");
        String command = "gzip -c " + csv + " > " + target;
        Process gzip = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", command}); // VULN cmdi
        if (!gzip.waitFor(60, TimeUnit.SECONDS) || gzip.exitValue() != 0) {
            throw new IOException("compression of " + csv.getFileName() + " failed");
        }
        return target;
    }
}
