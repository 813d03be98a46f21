package com.lockgate.service;

import com.lockgate.config.AppConfig;
import com.lockgate.util.LockCodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Bridges keeper commands to the gate controllers. Each lock cottage has a controller
 * reachable through the vendor's lockctl utility installed on the site gateway.
 */
public class LockControlService {

    /**
     * An instruction for a gate controller, delivered over the command queue.
     *
     * @param gate           gate identifier, e.g. "HL12-UPPER"
     * @param action         one of open, close, paddle-up, paddle-down
     * @param requestedBy    keeper id that issued the command
     * @param statusCallback optional URL the controller outcome is posted to
     */
    public record LockCommand(String gate, String action, String requestedBy, String statusCallback) {
    }

    public record Outcome(String gate, String action, int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final String lockctl;

    public LockControlService() {
        this(AppConfig.get().find("lockctl.path").orElse("/opt/lockctl/bin/lockctl"));
    }

    public LockControlService(String lockctl) {
        this.lockctl = lockctl;
    }

    public Outcome execute(LockCommand cmd) throws IOException, InterruptedException {
        if (!LockCodes.mentionsGate(cmd.gate()) || !LockCodes.GATE_ACTIONS.contains(cmd.action())) {
            throw new IllegalArgumentException("malformed gate command");
        }
        String line = lockctl + " --gate " + cmd.gate() + " --action " + cmd.action() + " --audit-user keeper";
        Process p = new ProcessBuilder("/bin/sh", "-c", line).redirectErrorStream(true).start(); // VULN cmdi
        return collect(cmd.gate(), cmd.action(), p);
    }

    /** Clears a latched fault after a keeper has inspected the gate. */
    public Outcome resetController(String gateId) throws IOException, InterruptedException {
        if (!LockCodes.isGateId(gateId)) {
            throw new IllegalArgumentException("invalid gate id");
        }
        Process p = new ProcessBuilder(lockctl, "--gate", gateId, "--reset").redirectErrorStream(true).start(); // SAFE cmdi
        return collect(gateId, "reset", p);
    }

    private static Outcome collect(String gate, String action, Process p) throws IOException, InterruptedException {
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Outcome(gate, action, -1, "controller did not respond");
        }
        return new Outcome(gate, action, p.exitValue(), output.strip());
    }
}
