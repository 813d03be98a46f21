package org.stlukes.dispensa.pharmacy.model;

public record DoseRequest(String drugCode, String formula, double weightKg, double creatinineClearance, int ageYears) {
}
