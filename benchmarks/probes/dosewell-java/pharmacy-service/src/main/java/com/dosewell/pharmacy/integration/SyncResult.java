package com.dosewell.pharmacy.integration;

public record SyncResult(String cabinet, boolean success, int exitCode, String output) {
}
