package com.harbormutual.claims;

import com.harbormutual.claims.web.DocumentResource;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

@SpringBootApplication
public class HarborClaimsApplication {

    private static final Logger log = LoggerFactory.getLogger(HarborClaimsApplication.class);

    private static final String[] BROKER_PORTAL_ORIGINS = {
            "https://brokers.harbormutual.com",
            "https://portal.harbormutual.com"
    };

    public static void main(String[] args) {
        SpringApplication.run(HarborClaimsApplication.class, args);
    }

    /** Partner-facing document API is served by Jersey under /partner; the rest is Spring MVC. */
    @Component
    @ApplicationPath("/partner")
    public static class PartnerApiConfig extends ResourceConfig {
        public PartnerApiConfig() {
            register(MultiPartFeature.class);
            register(DocumentResource.class);
        }
    }

    @Bean
    public WebMvcConfigurer portalCorsConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                registry.addMapping("/api/broker/**").allowedOrigins(BROKER_PORTAL_ORIGINS).allowCredentials(true) // SAFE cors
                        .allowedMethods("GET", "POST")
                        .maxAge(1800);
                // adjuster mobile app + field tablets call these from a range of hosts
                registry.addMapping("/api/claims/**").allowedOriginPatterns("*").allowCredentials(true) // VULN cors
                        .allowedMethods("GET", "POST", "PUT", "DELETE")
                        .allowedHeaders("*");
            }
        };
    }

    @Bean
    public Configuration letterTemplateConfiguration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        cfg.setClassForTemplateLoading(HarborClaimsApplication.class, "/templates/letters");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        return cfg;
    }

    /** Client for carrier / TPA partner gateways (several still run on internal CAs). */
    @Bean(name = "partnerRestTemplate")
    public RestTemplate partnerRestTemplate(@Value("${harbor.partner.timeout-seconds:20}") int timeoutSeconds) throws Exception {
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, new TrustManager[]{new X509TrustManager() { // VULN tls
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
        }}, new SecureRandom());

        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sslContext.getSocketFactory());
                    https.setHostnameVerifier((hostname, session) -> true); // VULN tls
                }
                super.prepareConnection(connection, httpMethod);
            }
        };
        factory.setConnectTimeout(Duration.ofSeconds(timeoutSeconds));
        factory.setReadTimeout(Duration.ofSeconds(timeoutSeconds * 3L));
        log.info("Partner REST client ready (timeout {}s)", timeoutSeconds);
        return new RestTemplate(factory);
    }

    /** Client for the disbursement bank; pinned to the bank's CA bundle. */
    @Bean(name = "bankRestTemplate")
    public RestTemplate bankRestTemplate(@Value("${harbor.bank.truststore:/etc/harbor/bank-truststore.p12}") String trustStorePath) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(trustStorePath))) {
            trustStore.load(in, System.getenv().getOrDefault("HARBOR_BANK_TRUSTSTORE_PASSWORD", "").toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext sslContext = SSLContext.getInstance("TLSv1.3");
        sslContext.init(null, tmf.getTrustManagers(), new SecureRandom()); // SAFE tls

        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sslContext.getSocketFactory());
                }
                super.prepareConnection(connection, httpMethod);
            }
        };
        factory.setConnectTimeout(Duration.ofSeconds(10));
        factory.setReadTimeout(Duration.ofSeconds(30));
        return new RestTemplate(factory);
    }
}
