package com.cargomark.domain;

import java.util.Locale;

public enum Incoterm {
    EXW, FCA, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP;

    public static Incoterm parse(String value) {
        return Incoterm.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
