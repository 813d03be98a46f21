package com.cargomark.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class HttpClientConfig {

    private static final String USER_AGENT = "Cargomark/4.7 (+https://www.cargomark.com/bot)";

    @Bean
    public WebClient carrierWebClient(WebClient.Builder builder, CargomarkProperties properties) {
        CargomarkProperties.Carriers carriers = properties.carriers();
        return builder
                .defaultHeaders(h -> h.setBasicAuth(carriers.username(), carriers.password())) // SAFE secret
                .defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(2 * 1024 * 1024))
                .build();
    }

    @Bean
    public WebClient webhookWebClient(WebClient.Builder builder) {
        return builder
                .defaultHeader(HttpHeaders.USER_AGENT, "Cargomark-Webhooks/1.0")
                .build();
    }

    @Bean
    public RestTemplate carrierRestTemplate(RestTemplateBuilder builder, CargomarkProperties properties)
            throws GeneralSecurityException, IOException {
        CargomarkProperties.Carriers carriers = properties.carriers();
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(carriers.truststorePath()))) {
            trustStore.load(in, carriers.truststorePassword().toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext sslContext = SSLContext.getInstance("TLSv1.3");
        sslContext.init(null, tmf.getTrustManagers(), null); // SAFE tls
        return builder
                .requestFactory(() -> new SocketFactoryRequestFactory(sslContext.getSocketFactory()))
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT)
                .build();
    }

    /**
     * The customs gateway sits behind the broker VPN and presents the certificate issued by
     * the customs authority's internal CA.
     */
    @Bean
    public RestTemplate customsGatewayRestTemplate(RestTemplateBuilder builder, CargomarkProperties properties)
            throws GeneralSecurityException {
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, new TrustManager[] {new AcceptAllTrustManager()}, new SecureRandom()); // VULN tls
        return builder
                .rootUri(properties.customsGateway().baseUrl())
                .requestFactory(() -> new SocketFactoryRequestFactory(sslContext.getSocketFactory()))
                .setConnectTimeout(Duration.ofSeconds(10))
                .setReadTimeout(Duration.ofSeconds(60))
                .build();
    }

    static final class SocketFactoryRequestFactory extends SimpleClientHttpRequestFactory {

        private final SSLSocketFactory socketFactory;

        SocketFactoryRequestFactory(SSLSocketFactory socketFactory) {
            this.socketFactory = socketFactory;
        }

        @Override
        protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
            super.prepareConnection(connection, httpMethod);
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(socketFactory);
            }
        }
    }

    static final class AcceptAllTrustManager implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
