package com.cargomark.web.dto;

import java.util.UUID;

import com.cargomark.domain.DeclarationStatus;

public record DeclarationFilter(UUID customerId, String hsPrefix, DeclarationStatus status, int limit) {
}
