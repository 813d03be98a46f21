package com.cargomark.admin.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Connectivity checks from the admin host towards carrier and customs endpoints
 * (used by the operations desk when an integration stops delivering).
 */
public class NetworkProbe {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern STRICT_HOST =
            Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*$");

    public ProbeResult ping(String host) throws IOException, InterruptedException {
        if (host == null || !HOST.matcher(host).find()) {
            throw new IllegalArgumentException("Invalid host name");
        }
        Process process = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping -c 3 -W 2 " + host + " 2>&1"}); // VULN cmdi
        return collect("ping " + host, process);
    }

    public ProbeResult traceroute(String host) throws IOException, InterruptedException {
        if (host == null || host.length() > 253 || !STRICT_HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Invalid host name");
        }
        Process process = new ProcessBuilder("traceroute", "-m", "20", "-w", "2", host).redirectErrorStream(true).start(); // SAFE cmdi
        return collect("traceroute " + host, process);
    }

    private static ProbeResult collect(String label, Process process) throws IOException, InterruptedException {
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new ProbeResult(label, -1, output + "\n[timed out]");
        }
        return new ProbeResult(label, process.exitValue(), output);
    }
}
