package com.berthwise.core.util;

import java.net.URI;
import java.util.*;
import java.util.stream.Collectors;

public final class HostAllowList {
    private final Set<String> hosts;

    public HostAllowList(Collection<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean permits(URI uri) {
        if (uri == null || uri.getHost() == null || uri.getUserInfo() != null) {
            return false;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        return hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
