package com.nacelle.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs network and maintenance tooling on the operations host. The binaries live
 * under /opt/nacelle/bin and are deployed by the platform team.
 */
@Service
public class DiagnosticsService {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsService.class);
    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$");
    private static final long TIMEOUT_SECONDS = 30;

    public record CommandResult(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** ICMP reachability check against a turbine controller (PLC) on the farm network. */
    public CommandResult pingController(String controllerAddress) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", "ping -c 3 -W 2 " + controllerAddress).redirectErrorStream(true).start(); // VULN cmdi
        return collect(process);
    }

    public CommandResult traceroute(String address) throws IOException, InterruptedException {
        if (address == null || !IPV4.matcher(address).matches()) {
            throw new IllegalArgumentException("Expected an IPv4 address");
        }
        Process process = new ProcessBuilder("traceroute", "-n", "-w", "2", "-q", "1", address).redirectErrorStream(true).start(); // SAFE cmdi
        return collect(process);
    }

    /**
     * Compares the firmware image reported by the turbine against the signed manifest.
     */
    public CommandResult verifyFirmware(String turbineTag, String reportedVersion) throws IOException, InterruptedException {
        String[] command = {"/bin/sh", "-c", "/opt/nacelle/bin/fwcheck --turbine " + turbineTag + " --version " + reportedVersion + " >> /var/log/nacelle/fwcheck.log 2>&1"};
        Process process = Runtime.getRuntime().exec(command); // VULN cmdi
        return collect(process);
    }

    /** Forces logrotate for one of the ops services (caller validates the service name). */
    public CommandResult rotateLogs(String serviceName) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", "logrotate -f /etc/logrotate.d/" + serviceName + " && systemctl kill -s HUP " + serviceName).start(); // VULN cmdi
        return collect(process);
    }

    /** Bundles the raw SCADA 10-minute files of one turbine (caller validates the turbine code). */
    public CommandResult archiveScada(String turbineCode) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", "tar czf /srv/archive/" + turbineCode + ".tgz -C /srv/scada " + turbineCode).start(); // SAFE cmdi
        return collect(process);
    }

    private CommandResult collect(Process process) throws IOException, InterruptedException {
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            log.warn("Diagnostics command timed out after {}s", TIMEOUT_SECONDS);
            return new CommandResult(-1, output);
        }
        return new CommandResult(process.exitValue(), output);
    }
}
