package com.claimwright.core.config;

import java.nio.file.Path;

/** Environment-backed settings shared by the API and the web portal. */
public final class AppSettings {

    private AppSettings() {
    }

    public static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing required setting " + name);
        }
        return value;
    }

    public static String optional(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static Path documentRoot() { return Path.of(optional("CLAIMWRIGHT_DOC_ROOT", "/var/lib/claimwright/documents")); }
    public static Path exportRoot() { return Path.of(optional("CLAIMWRIGHT_EXPORT_ROOT", "/var/lib/claimwright/exports")); }
    public static Path renderWorkDir() { return Path.of(optional("CLAIMWRIGHT_RENDER_DIR", "/tmp/claimwright-render")); }
    public static String portalBaseUrl() { return optional("CLAIMWRIGHT_PORTAL_URL", "https://portal.claimwright.com"); }
    public static String reinsuranceFeedUrl() { return optional("CLAIMWRIGHT_REINSURANCE_FEED", "https://feeds.reinsure-partners.net/v2/events"); }
}
