package com.ledgerbay.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * URL checks: where the portal may send a browser (redirects), and which addresses the server
 * may call when the address came from outside (outbound HTTP).
 */
public final class UrlPolicies {

    private UrlPolicies() {
    }

    // ---- browser redirects after login/logout ----

    public static final String DEFAULT_LANDING = "/portal/dashboard";

    /**
     * True for targets inside the portal, e.g. "/portal/filings/123".
     */
    public static boolean isLocal(String target) {
        return target != null && target.startsWith("/");
    }

    /**
     * Returns the target when it is a plain same-origin path, otherwise the dashboard.
     */
    public static String localPathOrDefault(String target) {
        if (target == null || target.isEmpty() || target.length() > 512) {
            return DEFAULT_LANDING;
        }
        if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
            return DEFAULT_LANDING;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return DEFAULT_LANDING;
            }
        }
        return target;
    }

    // ---- outbound HTTP ----

    public static final String RATE_FEED_PREFIX = "https://rates.ledgerbay.com";

    /**
     * Alternate exchange-rate sources must live on our rate feed.
     */
    public static boolean isRateFeed(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith(RATE_FEED_PREFIX);
    }

    /**
     * Parses the URL and requires https on one of the given hosts (exact match), default port.
     */
    public static URI requireAllowedHost(String url, Set<String> hosts) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("only https URLs without credentials are accepted");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host) || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new IllegalArgumentException("host is not on the allow-list: " + host);
        }
        return uri;
    }

    /**
     * Minimal sanity check for broker-supplied webhook endpoints.
     */
    public static boolean looksLikeWebhookEndpoint(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
