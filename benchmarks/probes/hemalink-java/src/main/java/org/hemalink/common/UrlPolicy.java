package org.hemalink.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * URL rules: where the browser may be redirected, and which hosts we call out to.
 */
public final class UrlPolicy {

    public static final String HOME = "/";

    private static final Set<String> PARTNER_HOSTS = Set.of(
            "integration.stmarys-hospital.org",
            "api.northgate-health.org",
            "hl7.riverside-trust.org",
            "lims.hemalink.org");

    private UrlPolicy() {
    }

    /** True when the target looks like a path on this site rather than an absolute URL. */
    public static boolean isRelative(String target) {
        return target != null && !target.isBlank() && target.startsWith("/");
    }

    /**
     * Returns the target only when it is a same-origin path; anything with a scheme,
     * an authority or a backslash collapses to the fallback.
     */
    public static String localPathOrDefault(String target, String fallback) {
        if (target == null || target.isBlank()) {
            return fallback;
        }
        if (!target.startsWith("/") || target.startsWith("//") || target.indexOf('\\') >= 0) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return fallback;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return fallback;
        }
        return uri.toString();
    }

    /** Partner landing pages are all served from the hemalink.org estate. */
    public static boolean isHemalinkHost(URI uri) {
        if (uri == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            return false;
        }
        return uri.getHost().toLowerCase(Locale.ROOT).endsWith("hemalink.org");
    }

    /**
     * Parses the URL and insists on https, the default port, no user-info and a host from
     * the contracted partner list. Throws when any rule fails.
     */
    public static URI requireAllowedPartner(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("missing partner URL");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed partner URL", e);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("partner URL must use https");
        }
        if (uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new IllegalArgumentException("partner URL has unexpected authority");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!PARTNER_HOSTS.contains(host)) {
            throw new IllegalArgumentException("host is not a contracted partner: " + host);
        }
        return uri;
    }

    /** Lab result locations handed out by the LIMS all live under the configured base. */
    public static boolean isLabResultLocation(String location, String resultBase) {
        return location != null && resultBase != null && location.startsWith(resultBase);
    }
}
