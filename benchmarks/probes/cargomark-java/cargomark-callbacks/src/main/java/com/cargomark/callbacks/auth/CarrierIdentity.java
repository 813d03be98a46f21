package com.cargomark.callbacks.auth;

import java.security.Principal;

/** A carrier integration authenticated by its callback token. */
public record CarrierIdentity(String clientId, String scac) implements Principal {

    @Override
    public String getName() {
        return clientId;
    }
}
