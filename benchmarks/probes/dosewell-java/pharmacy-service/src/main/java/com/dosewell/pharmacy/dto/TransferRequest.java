package com.dosewell.pharmacy.dto;

import java.util.UUID;

public record TransferRequest(
        UUID transferId,
        String fromCabinet,
        String toCabinet,
        String drugNdc,
        int quantity,
        String requestedBy) {

    public TransferRequest withRequester(UUID id, String user) {
        return new TransferRequest(id, fromCabinet, toCabinet, drugNdc, quantity, user);
    }
}
