package com.tollgate.api.util;

import com.tollgate.api.config.TollgateProperties;
import java.net.URI;
import java.util.*;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

@Component
public class RemoteHostPolicy {

    private final Set<String> allowedHosts;

    public RemoteHostPolicy(TollgateProperties props) {
        this.allowedHosts = Set.copyOf(props.evidenceHosts());
    }

    public URI requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (Exception e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed evidence url");
        }
        boolean plainHttps = "https".equals(uri.getScheme()) && uri.getRawUserInfo() == null
                && uri.getHost() != null && (uri.getPort() == -1 || uri.getPort() == 443);
        if (!plainHttps || !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "evidence host not accepted");
        }
        return uri;
    }
}
