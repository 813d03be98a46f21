package com.dosewell.edi.config;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class WebClientConfig {

    /**
     * Client for supplier-hosted endpoints (catalogue feeds, ASN callbacks). Several
     * wholesalers still run their EDI gateways with certificates from private CAs.
     */
    @Bean
    @Qualifier("supplierWebClient")
    public WebClient supplierWebClient(WebClient.Builder builder) throws SSLException {
        SslContext sslContext = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build(); // VULN tls
        HttpClient httpClient = HttpClient.create()
                .secure(spec -> spec.sslContext(sslContext))
                .responseTimeout(Duration.ofSeconds(30));
        return builder.clientConnector(new ReactorClientHttpConnector(httpClient)).build();
    }

    @Bean
    @Qualifier("pricingWebClient")
    public WebClient pricingWebClient(WebClient.Builder builder, EdiProperties properties) {
        HttpClient httpClient = HttpClient.create().responseTimeout(Duration.ofSeconds(10));
        return builder.baseUrl(properties.pricingBaseUrl())
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .build();
    }
}
