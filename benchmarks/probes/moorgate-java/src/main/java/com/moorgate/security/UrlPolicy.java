package com.moorgate.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which partner endpoints Moorgate is willing to call back.
 */
public class UrlPolicy {

    static final String PARTNER_HOOK_PREFIX = "https://hooks.moorgate-partners.com";

    private final Set<String> webhookHosts;

    public UrlPolicy(List<String> webhookHosts) {
        this.webhookHosts = webhookHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Quick check used when surveyor firms register a callback through the self-service page. */
    public boolean isPartnerUrl(String url) {
        return url != null && url.startsWith(PARTNER_HOOK_PREFIX);
    }

    /** Strict check: https only, default port, no credentials, host exactly on the allow-list. */
    public boolean isAllowedWebhook(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return "https".equalsIgnoreCase(uri.getScheme())
                    && host != null
                    && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() == 443)
                    && webhookHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
