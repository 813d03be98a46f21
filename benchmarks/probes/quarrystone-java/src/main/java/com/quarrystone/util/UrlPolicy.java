package com.quarrystone.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Rules for which outbound URLs the dispatch system may call. */
public final class UrlPolicy {

    private static final String TILE_PREFIX = "https://tiles.quarrystone.co.uk";

    private static final Set<String> STATIC_MAP_HOSTS = Set.of(
            "tiles.quarrystone.co.uk",
            "api.os.uk",
            "tile.openstreetmap.org");

    private UrlPolicy() {
    }

    /** Tile URLs handed out by the map widget always start with our tile server address. */
    public static boolean isTileServer(String url) {
        return url != null && url.startsWith(TILE_PREFIX);
    }

    /** True only for https URLs whose host is exactly one of the approved static map hosts. */
    public static boolean isApprovedMapHost(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getUserInfo() != null) {
                return false;
            }
            String host = uri.getHost();
            return host != null && STATIC_MAP_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Basic sanity check for customer-supplied webhook URLs. */
    public static boolean looksLikeHttpUrl(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }
}
