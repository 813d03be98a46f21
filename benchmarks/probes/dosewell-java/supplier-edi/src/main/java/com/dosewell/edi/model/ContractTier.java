package com.dosewell.edi.model;

public enum ContractTier {
    GPO,
    DIRECT,
    CONSIGNMENT,
    SPOT
}
