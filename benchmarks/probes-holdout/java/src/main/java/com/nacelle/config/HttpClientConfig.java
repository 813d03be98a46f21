package com.nacelle.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class HttpClientConfig {

    /**
     * Client for grid operator / TSO APIs. Uses the corporate trust store so the
     * operator's private CA is accepted alongside the JDK defaults.
     */
    @Bean
    @Primary
    public RestTemplate gridOperatorRestTemplate(RestTemplateBuilder builder,
                                                 @Value("${NACELLE_TRUSTSTORE_PATH:/etc/nacelle/truststore.p12}") String trustStorePath,
                                                 @Value("${NACELLE_TRUSTSTORE_PASSWORD}") String trustStorePassword,
                                                 @Value("${NACELLE_GRID_API_USER}") String gridUser,
                                                 @Value("${NACELLE_GRID_API_PASSWORD}") String gridPassword) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(trustStorePath))) {
            trustStore.load(in, trustStorePassword.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext sslContext = SSLContext.getInstance("TLSv1.3");
        sslContext.init(null, tmf.getTrustManagers(), null); // SAFE tls

        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sslContext.getSocketFactory());
                }
                super.prepareConnection(connection, httpMethod);
            }
        };
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(20));
        return builder.requestFactory(() -> factory)
                .additionalInterceptors(new BasicAuthenticationInterceptor(gridUser, gridPassword)) // SAFE secret
                .build();
    }

    /**
     * The on-site SCADA gateways ship with self-signed certificates that are
     * regenerated on every firmware update.
     */
    @Bean
    @Qualifier("scadaRestTemplate")
    public RestTemplate scadaRestTemplate(RestTemplateBuilder builder,
                                          @Value("${nacelle.scada.gateway-url}") String gatewayUrl) throws Exception {
        TrustManager[] acceptAll = new TrustManager[] {
                new X509TrustManager() {
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
        };
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, acceptAll, new java.security.SecureRandom()); // VULN tls

        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sslContext.getSocketFactory());
                    https.setHostnameVerifier((host, session) -> true);
                }
                super.prepareConnection(connection, httpMethod);
            }
        };
        return builder.rootUri(gatewayUrl)
                .requestFactory(() -> factory)
                .additionalInterceptors(new BasicAuthenticationInterceptor("scada-ops", "Gw!nd-Sc4da-2019")) // VULN secret
                .build();
    }

    /**
     * Outbound notifications to technician-configured webhooks (Slack, Teams, custom dispatch tools).
     */
    @Bean
    public WebClient notificationWebClient(WebClient.Builder builder) throws Exception {
        SslContext nettySsl = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build(); // VULN tls
        HttpClient httpClient = HttpClient.create()
                .responseTimeout(Duration.ofSeconds(10))
                .secure(spec -> spec.sslContext(nettySsl));
        return builder.clientConnector(new ReactorClientHttpConnector(httpClient)).build();
    }
}
