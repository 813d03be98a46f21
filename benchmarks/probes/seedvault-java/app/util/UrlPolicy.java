package util;

import okhttp3.HttpUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks applied to URLs that arrive from browsers or partner gardens. */
public final class UrlPolicy {

    private static final String PARTNER_DOMAIN = "seednet.org";

    private UrlPolicy() {
    }

    /** Used by the login form: the return target must be a path on this site. */
    public static boolean isLocalPath(String target) {
        return target != null && target.startsWith("/");
    }

    /** Returns {@code target} when it is a plain same-origin path, otherwise {@code fallback}. */
    public static String safeLocalPath(String target, String fallback) {
        if (target == null || target.isEmpty() || target.contains("\\")) {
            return fallback;
        }
        try {
            URI uri = new URI(target);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return fallback;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return fallback;
            }
            return target;
        } catch (URISyntaxException e) {
            return fallback;
        }
    }

    /** Partner catalogues are published by member gardens on the seednet.org network. */
    public static boolean isPartnerCatalogHost(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return false;
        }
        return parsed.host().toLowerCase(Locale.ROOT).endsWith(PARTNER_DOMAIN);
    }

    /** Returns the request origin only when it is exactly one of the configured partner sites. */
    public static Optional<String> matchOrigin(Optional<String> requestOrigin, Set<String> allowedOrigins) {
        return requestOrigin.filter(allowedOrigins::contains);
    }

    /** Webhook targets must be HTTPS on one of the explicitly registered partner hosts. */
    public static boolean isAllowedWebhook(String url, Set<String> allowedHosts) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null || !parsed.isHttps() || parsed.port() != 443) {
            return false;
        }
        return allowedHosts.contains(parsed.host().toLowerCase(Locale.ROOT));
    }
}
