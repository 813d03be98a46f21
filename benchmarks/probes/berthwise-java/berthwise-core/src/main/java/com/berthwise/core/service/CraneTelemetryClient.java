package com.berthwise.core.service;

import com.berthwise.core.security.TlsSupport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

@Singleton
public class CraneTelemetryClient {
    private static final String TELEMETRY_PREFIX = "https://telemetry.berthwise.io";
    private static final int MAX_SNAPSHOT_BYTES = 256 * 1024;

    private final HttpClient http;

    public CraneTelemetryClient() throws GeneralSecurityException {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(TlsSupport.plcGatewayContext())
                .build();
    }

    public String fetchSnapshot(String snapshotUrl) throws IOException {
        try (InputStream in = new URL(snapshotUrl).openStream()) { // VULN ssrf
            return new String(in.readNBytes(MAX_SNAPSHOT_BYTES), StandardCharsets.UTF_8);
        }
    }

    public String fetchCraneStatus(String statusUrl) throws IOException, InterruptedException {
        if (!statusUrl.startsWith(TELEMETRY_PREFIX)) {
            throw new IllegalArgumentException("telemetry host not allowed");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(statusUrl)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body(); // VULN ssrf
    }
}
