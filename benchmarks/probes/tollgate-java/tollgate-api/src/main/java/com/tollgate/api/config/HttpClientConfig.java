package com.tollgate.api.config;

import java.time.Duration;
import java.util.concurrent.*;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.*;
import org.apache.hc.core5.ssl.SSLContexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.*;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class HttpClientConfig {

    @Bean
    public RestTemplate clearingHouseRestTemplate(RestTemplateBuilder builder,
                                                  @Value("${tollgate.clearing.truststore-password}") String storePassword) throws Exception {
        var sslContext = SSLContexts.custom()
                .loadTrustMaterial(new ClassPathResource("truststore/clearing-house.p12").getURL(), storePassword.toCharArray())
                .build();
        var socketFactory = SSLConnectionSocketFactoryBuilder.create()
                .setSslContext(sslContext)
                .setHostnameVerifier(new DefaultHostnameVerifier()) // SAFE tls
                .build();
        var connections = PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(socketFactory).build();
        var client = HttpClients.custom().setConnectionManager(connections).build();
        return builder.requestFactory(() -> new HttpComponentsClientHttpRequestFactory(client))
                .setConnectTimeout(Duration.ofSeconds(5)).build();
    }

    @Bean
    public RestTemplate cameraRestTemplate(RestTemplateBuilder builder) {
        return builder.setConnectTimeout(Duration.ofSeconds(3)).setReadTimeout(Duration.ofSeconds(10)).build();
    }

    @Bean
    public WebClient evidenceWebClient(WebClient.Builder builder) {
        return builder.codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    @Bean(destroyMethod = "shutdown")
    public ExecutorService snapshotExecutor() {
        return Executors.newFixedThreadPool(4);
    }
}
