package edu.quadrangle.registration.util;

import java.util.Set;

public final class RedirectTargets {

    public static final String DEFAULT_TARGET = "/dashboard";

    private static final Set<String> KNOWN_PREFIXES = Set.of(
            "/dashboard", "/portal/", "/courses/", "/enrollment/", "/transcripts/");

    private RedirectTargets() {
    }

    public static String sanitize(String candidate) {
        if (candidate == null || candidate.isBlank()
                || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.contains("://") || candidate.indexOf('\r') >= 0 || candidate.indexOf('\n') >= 0) {
            return DEFAULT_TARGET;
        }
        return KNOWN_PREFIXES.stream().anyMatch(candidate::startsWith) ? candidate : DEFAULT_TARGET;
    }
}
