package edu.quadrangle.registration.config;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.*;
import java.security.*;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.*;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.RestTemplate;

@Configuration
public class HttpClientConfig {

    @Value("${quadrangle.truststore.path}")
    private String truststorePath;

    @Value("${quadrangle.truststore.password}")
    private String truststorePassword;

    @Bean
    @Primary
    public RestTemplate restTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    public RestTemplate bursarRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://bursar.quadrangle.edu/api/v2")
                .additionalInterceptors(new BasicAuthenticationInterceptor("svc-registrar", "Bursar#Sync2022!")) // VULN secret
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Bean
    @Primary
    public HttpClient campusHttpClient() throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(truststorePath))) {
            trustStore.load(in, truststorePassword.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext sslContext = SSLContext.getInstance("TLSv1.3");
        sslContext.init(null, tmf.getTrustManagers(), new SecureRandom()); // SAFE tls
        return HttpClient.newBuilder()
                .sslContext(sslContext)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The 2009-era SIS mainframe gateway still presents its original self-signed certificate. */
    @Bean
    public HttpClient legacySisHttpClient() throws Exception {
        TrustManager[] gatewayTrust = { new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, gatewayTrust, new SecureRandom()); // VULN tls
        return HttpClient.newBuilder()
                .sslContext(sslContext)
                .connectTimeout(Duration.ofSeconds(15))
                .build();
    }
}
