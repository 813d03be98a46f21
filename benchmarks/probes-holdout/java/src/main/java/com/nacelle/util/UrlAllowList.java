package com.nacelle.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outbound host allow-list for calls to grid operator systems.
 */
@Component
public class UrlAllowList {

    private final Set<String> allowedHosts;

    public UrlAllowList(@Value("${nacelle.grid.allowed-hosts}") List<String> hosts) {
        this.allowedHosts = hosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public URI requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Malformed URL", e);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Only https endpoints are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Credentials in URL are not allowed");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host) || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new IllegalArgumentException("Host not permitted: " + host);
        }
        return uri;
    }
}
