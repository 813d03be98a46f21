package org.hemalink.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Data extracts for the national statistics return and the finance team.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);
    private static final Pattern EXPORT_FILE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}\\.csv(\\.gz)?$");

    @ConfigProperty(name = "hemalink.storage.exports")
    String exportDir;

    @ConfigProperty(name = "hemalink.reporting.database")
    String reportingDatabase;

    public Path runDonationExport(String fileName) throws IOException, InterruptedException {
        Path target = Path.of(exportDir).resolve(fileName + ".csv.gz");
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "psql -d " + reportingDatabase + " -c '\\copy (SELECT * FROM donation_export_v) TO STDOUT CSV HEADER' | gzip > " + target}); // VULN cmdi
        finish(p, "donation export");
        return target;
    }

    public Path compress(String fileName) throws IOException, InterruptedException {
        if (!EXPORT_FILE.matcher(fileName).matches()) {
            throw new IllegalArgumentException("invalid export name");
        }
        Path file = Path.of(exportDir, fileName);
        Process p = Runtime.getRuntime().exec(new String[] {"gzip", "-kf", "--", file.toString()}); // SAFE cmdi
        finish(p, "gzip");
        return Path.of(file + ".gz");
    }

    public boolean delete(String fileName) throws IOException {
        boolean removed = Files.deleteIfExists(Path.of(exportDir).resolve(fileName)); // VULN path
        LOG.infof("export %s removed=%s", fileName, removed);
        return removed;
    }

    public byte[] open(String fileName) throws IOException {
        if (fileName == null || !EXPORT_FILE.matcher(fileName).matches()) {
            throw new IllegalArgumentException("invalid export name");
        }
        return Files.readAllBytes(Path.of(exportDir, fileName)); // SAFE path
    }

    private static void finish(Process p, String what) throws IOException, InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(what + " timed out");
        }
        if (p.exitValue() != 0) {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            throw new IOException(what + " failed: " + err.trim());
        }
    }
}
