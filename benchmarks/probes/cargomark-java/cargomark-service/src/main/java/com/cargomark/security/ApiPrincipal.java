package com.cargomark.security;

import java.util.List;
import java.util.UUID;

public record ApiPrincipal(UUID userId, UUID customerId, String email, List<String> roles) implements CustomerScoped {
}
