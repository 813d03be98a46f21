package com.cargomark.callbacks.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

public record CallbackSettings(
        String tokenSecret,
        String amqpUri,
        Path podDirectory,
        Path documentDirectory,
        Set<String> documentHosts) {

    public static CallbackSettings fromEnvironment() {
        String secret = System.getenv("CARRIER_CALLBACK_SECRET");
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("CARRIER_CALLBACK_SECRET must be set (>= 32 chars)");
        }
        return new CallbackSettings(
                secret,
                env("CARGOMARK_AMQP_URI", "amqp://localhost:5672/cargomark"),
                Path.of(env("CARGOMARK_POD_DIR", "/var/lib/cargomark/pod")),
                Path.of(env("CARGOMARK_CARRIER_DOC_DIR", "/var/lib/cargomark/carrier-docs")),
                Arrays.stream(env("CARGOMARK_DOCUMENT_HOSTS", "docs.maersk.com,edoc.hapag-lloyd.com,ebl.cma-cgm.com")
                                .split(","))
                        .map(h -> h.trim().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
