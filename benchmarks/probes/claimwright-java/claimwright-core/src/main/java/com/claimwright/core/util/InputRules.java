package com.claimwright.core.util;

import java.net.URI;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Pattern;

/** Validation helpers shared by the API and portal. */
public final class InputRules {

    private static final Pattern CLAIM_NUMBER = Pattern.compile("^CW-\\d{4}-\\d{6}$");
    private static final Pattern REGION_CODE = Pattern.compile("^[A-Z]{2}-\\d{2}$");
    private static final Pattern PRODUCT_CODE = Pattern.compile("^[A-Z]{3}\\d{2}$");
    private static final Pattern PORTAL_PATH = Pattern.compile("^/portal/[A-Za-z0-9/_-]{0,120}$");
    private static final Set<String> PAPER_SIZES = Set.of("A4", "Letter", "Legal");
    private static final Set<String> CARRIER_HOSTS = Set.of("api.northwind-mutual.com", "policy.harborline-insurance.com", "carrier-gw.claimwright.com");

    private InputRules() {
    }

    public static void requireClaimNumber(String value) {
        if (value == null || !CLAIM_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid claim number");
        }
    }

    public static String requireRegionCode(String value) {
        if (value == null || !REGION_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid region code");
        }
        return value;
    }

    public static boolean isProductCode(String value) {
        return value != null && PRODUCT_CODE.matcher(value).matches();
    }

    public static String paperSizeOrDefault(String requested) {
        return PAPER_SIZES.contains(requested) ? requested : "A4";
    }

    public static String safeReturnPath(String requested) {
        return requested != null && PORTAL_PATH.matcher(requested).matches() ? requested : "/portal/home";
    }

    /** Resolves {@code relative} against {@code root} and refuses anything that lands outside it. */
    public static Path resolveInside(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            throw new SecurityException("Path outside of document store");
        }
        return candidate;
    }

    public static URI requireCarrierUri(String raw) {
        URI uri = URI.create(raw);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equals(uri.getScheme()) || uri.getUserInfo() != null || !CARRIER_HOSTS.contains(host)) {
            throw new IllegalArgumentException("Carrier endpoint not permitted: " + host);
        }
        return uri;
    }
}
