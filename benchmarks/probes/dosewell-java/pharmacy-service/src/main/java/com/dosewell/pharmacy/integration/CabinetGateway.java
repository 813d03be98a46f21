package com.dosewell.pharmacy.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Thin wrapper around the cabinet vendor's command-line tool, which is the only
 * supported way to trigger inventory syncs on the older cabinet firmware.
 */
@ApplicationScoped
public class CabinetGateway {

    private static final Logger LOG = Logger.getLogger(CabinetGateway.class);

    @ConfigProperty(name = "dosewell.cabinet.cli")
    String cli;

    @ConfigProperty(name = "dosewell.cabinet.export-dir")
    String exportDir;

    public SyncResult sync(String cabinetId) throws IOException, InterruptedException {
        LOG.infof("Triggering full inventory sync for cabinet %s", cabinetId);
        Process process = new ProcessBuilder("/bin/sh", "-c", cli + " sync --cabinet " + cabinetId + " --full 2>&1").start(); // VULN cmdi
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new SyncResult(cabinetId, false, -1, "timed out");
        }
        return new SyncResult(cabinetId, process.exitValue() == 0, process.exitValue(), output);
    }

    public Path exportLog(String cabinetCode, LocalDate day) throws IOException, InterruptedException {
        Path out = Paths.get(exportDir, cabinetCode + "-" + day + ".csv");
        Process process = new ProcessBuilder(cli, "export-log", "--cabinet", cabinetCode, "--date", day.toString(), "--out", out.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("cabctl export-log failed: " + output);
        }
        return out;
    }
}
