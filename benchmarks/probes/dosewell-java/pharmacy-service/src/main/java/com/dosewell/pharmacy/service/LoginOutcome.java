package com.dosewell.pharmacy.service;

import java.net.URI;

public record LoginOutcome(String sessionToken, URI redirect, String displayName) {
}
