package com.cargomark.admin.ops;

public record ProbeResult(String command, int exitCode, String output) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
