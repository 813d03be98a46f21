package com.dosewell.pharmacy.service;

import java.util.Locale;

/**
 * Formulas approved by the Pharmacy & Therapeutics committee. Variables available:
 * weightKg, heightCm, ageYears, serumCreatinine, female, crcl.
 */
public enum DoseFormula {
    PARACETAMOL_PAEDIATRIC("Math.min(weightKg * 15, 1000)", "mg", 1000),
    GENTAMICIN_EXTENDED("weightKg * 7", "mg", 640),
    VANCOMYCIN_LOADING("Math.min(weightKg * 25, 3000)", "mg", 3000),
    ENOXAPARIN_TREATMENT("crcl < 30 ? weightKg * 1 : weightKg * 1.5", "mg", 200),
    MORPHINE_PCA_BOLUS("ageYears >= 70 ? 0.5 : 1.0", "mg", 2),
    BSA_MOSTELLER("Math.sqrt(heightCm * weightKg / 3600)", "m2", 3);

    private final String expression;
    private final String unit;
    private final double maximum;

    DoseFormula(String expression, String unit, double maximum) {
        this.expression = expression;
        this.unit = unit;
        this.maximum = maximum;
    }

    public String expression() {
        return expression;
    }

    public String unit() {
        return unit;
    }

    public double maximum() {
        return maximum;
    }

    public static DoseFormula fromPath(String value) {
        return DoseFormula.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
