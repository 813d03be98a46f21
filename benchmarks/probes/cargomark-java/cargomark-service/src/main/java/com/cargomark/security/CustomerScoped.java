package com.cargomark.security;

import java.util.UUID;

/** Principal types that belong to exactly one customer account. */
public interface CustomerScoped {

    UUID customerId();

    String email();
}
