package com.lockgate.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks for outbound URLs supplied by partners and integrations.
 */
public final class UrlGuard {

    /** Environment Agency and canal-company level gauges we have data agreements with. */
    public static final Set<String> GAUGE_HOSTS = Set.of(
            "environment.data.gov.uk",
            "gauges.lockgate.org.uk",
            "telemetry.canalrivertrust.org.uk");

    private static final String OWN_GAUGE_PREFIX = "https://gauges.lockgate";

    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9/_\\-.]*(\\?[A-Za-z0-9=&_\\-.%]*)?$");

    /** Named landing pages a payment journey may finish on. */
    private static final Map<String, String> PAYMENT_OUTCOMES = Map.of(
            "booking", "/bookings/manage",
            "licence", "/licences/mine",
            "mooring", "/moorings/mine");

    public static final String HOME = "/bookings";

    private UrlGuard() {
    }

    /** Quick check used for our own gauge network, which lives under a couple of domains. */
    public static boolean isOwnGauge(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith(OWN_GAUGE_PREFIX);
    }

    public static boolean isAllowedHost(String url, Set<String> allowedHosts) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getUserInfo() != null) {
                return false;
            }
            String host = uri.getHost();
            return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** True when the target is a path on this site rather than an absolute URL. */
    public static boolean isRelative(String target) {
        return target != null && target.startsWith("/") && !target.contains("://");
    }

    /** Returns the target if it is a plain local path, otherwise the home page. */
    public static String localOrHome(String target) {
        if (target == null || !LOCAL_PATH.matcher(target).matches()) {
            return HOME;
        }
        return target;
    }

    /**
     * Where to send the skipper after the hosted checkout. Older app builds send the
     * full return URL instead of an outcome key, so pass those through.
     */
    public static String paymentReturn(String outcome) {
        return PAYMENT_OUTCOMES.getOrDefault(outcome, outcome);
    }

    /** Cancel links only ever go to a known page. */
    public static String paymentCancel(String outcome) {
        return PAYMENT_OUTCOMES.getOrDefault(outcome, HOME);
    }
}
