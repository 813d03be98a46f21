package com.dosewell.pharmacy.client;

public record InteractionAlert(String ndcA, String ndcB, String severity, String description) {

    public boolean isMajor() {
        return "MAJOR".equalsIgnoreCase(severity) || "CONTRAINDICATED".equalsIgnoreCase(severity);
    }
}
