package com.berthwise.core.service;

import com.berthwise.core.util.InputRules;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

@Singleton
public class ReeferDiagnosticsService {
    public record ReeferProbe(String unitId, String controllerHost, String requestedBy) {
    }

    public record DiagnosticResult(int exitCode, String output) {
    }

    private static final String COLLECT_SCRIPT = "/opt/berthwise/bin/collect-reefer-logs.sh --since 24h --gzip";
    private static final long TIMEOUT_SECONDS = 20;

    public DiagnosticResult pingController(ReeferProbe probe) throws IOException, InterruptedException {
        String command = "ping -c 3 -W 2 " + probe.controllerHost();
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        return collect(process);
    }

    public DiagnosticResult traceController(String host) throws IOException, InterruptedException {
        String checked = InputRules.requireHostname(host);
        Process process = new ProcessBuilder("traceroute", "-m", "8", checked).redirectErrorStream(true).start(); // SAFE cmdi
        return collect(process);
    }

    public DiagnosticResult collectControllerLogs() throws IOException, InterruptedException {
        Process process = Runtime.getRuntime().exec(new String[] {"sh", "-c", COLLECT_SCRIPT}); // SAFE cmdi
        return collect(process);
    }

    private DiagnosticResult collect(Process process) throws IOException, InterruptedException {
        byte[] out = process.getInputStream().readNBytes(64 * 1024);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new DiagnosticResult(-1, "timed out");
        }
        return new DiagnosticResult(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
