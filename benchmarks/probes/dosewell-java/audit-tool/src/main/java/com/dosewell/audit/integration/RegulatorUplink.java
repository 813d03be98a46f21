package com.dosewell.audit.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Submits the monthly controlled-substance reconciliation to the state prescription
 * monitoring programme. The endpoint uses a certificate from the state's own CA, which
 * is shipped in a dedicated trust store.
 */
public class RegulatorUplink {

    private static final URI ENDPOINT = URI.create("https://pdmp-submit.health.state.example.gov/api/v3/reconciliation");

    private final SSLContext sslContext;
    private final String apiKey;

    public RegulatorUplink(Path trustStore, char[] trustStorePassword, String apiKey)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            keyStore.load(in, trustStorePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keyStore);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, tmf.getTrustManagers(), new SecureRandom()); // SAFE tls
        this.sslContext = context;
        this.apiKey = apiKey;
    }

    public int submit(String reportJson) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) ENDPOINT.toURL().openConnection();
        conn.setSSLSocketFactory(sslContext.getSocketFactory());
        conn.setRequestMethod("POST");
        conn.setConnectTimeout(10_000);
        conn.setReadTimeout(60_000);
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("X-Api-Key", apiKey);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(reportJson.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        conn.disconnect();
        return status;
    }
}
