package org.stlukes.dispensa.pharmacy.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

@Component
public class WholesalerClient {

    private final String baseUrl;
    private final String apiKey = System.getenv("DISPENSA_WHOLESALER_KEY");
    private final SSLContext hospitalTrust;

    public WholesalerClient(@Value("${dispensa.wholesaler.base-url}") String baseUrl,
                            @Value("${dispensa.wholesaler.truststore}") String truststore) {
        this.baseUrl = baseUrl;
        String storePassword = System.getenv().getOrDefault("DISPENSA_TRUSTSTORE_PASSWORD", "");
        this.hospitalTrust = TlsSupport.hospitalTrust(Path.of(truststore), storePassword.toCharArray());
    }

    public String orderStatus(long orderNumber) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) URI.create(baseUrl + "/api/orders/" + orderNumber).toURL().openConnection();
        conn.setSSLSocketFactory(TlsSupport.lenient().getSocketFactory());
        conn.setHostnameVerifier((host, session) -> true); // VULN tls
        return read(conn);
    }

    public String priceList() throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) URI.create(baseUrl + "/api/price-list").toURL().openConnection();
        conn.setSSLSocketFactory(hospitalTrust.getSocketFactory());
        return read(conn);
    }

    private String read(HttpsURLConnection conn) throws IOException {
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(15000);
        conn.setRequestProperty("X-Api-Key", apiKey);
        conn.setRequestProperty("Accept", "application/json");
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }
}
