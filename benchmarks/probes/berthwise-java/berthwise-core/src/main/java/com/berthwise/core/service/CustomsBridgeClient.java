package com.berthwise.core.service;

import com.berthwise.core.util.HostAllowList;
import org.springframework.http.*;
import org.springframework.web.client.RestTemplate;
import java.net.URI;
import java.util.List;

public class CustomsBridgeClient {
    private final RestTemplate rest;
    private final HostAllowList allowList;
    private final String terminalId;

    public CustomsBridgeClient(RestTemplate rest, List<String> customsHosts, String terminalId) {
        this.rest = rest;
        this.allowList = new HostAllowList(customsHosts);
        this.terminalId = terminalId;
    }

    public String fetchReleaseNotice(String noticeUrl) {
        URI uri = URI.create(noticeUrl);
        if (!allowList.permits(uri)) {
            throw new IllegalArgumentException("customs host not allowed: " + uri.getHost());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Terminal-Id", terminalId);
        return rest.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody(); // SAFE ssrf
    }
}
