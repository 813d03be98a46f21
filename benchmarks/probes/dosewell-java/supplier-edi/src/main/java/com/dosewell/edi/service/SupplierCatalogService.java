package com.dosewell.edi.service;

import com.dosewell.edi.model.CatalogRefreshResult;
import com.dosewell.edi.model.SupplierPrice;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class SupplierCatalogService {

    private static final int PREVIEW_LENGTH = 2_000;

    private final WebClient supplierClient;
    private final WebClient pricingClient;

    public SupplierCatalogService(@Qualifier("supplierWebClient") WebClient supplierClient,
                                  @Qualifier("pricingWebClient") WebClient pricingClient) {
        this.supplierClient = supplierClient;
        this.pricingClient = pricingClient;
    }

    /**
     * Pulls a supplier's catalogue feed from the URL they registered in the portal.
     */
    public Mono<CatalogRefreshResult> refreshFromFeed(String supplierCode, String feedUrl) {
        return supplierClient.get().uri(feedUrl).retrieve().bodyToMono(String.class) // VULN ssrf
                .timeout(Duration.ofSeconds(45))
                .map(body -> new CatalogRefreshResult(supplierCode, feedUrl, body.length(),
                        body.substring(0, Math.min(body.length(), PREVIEW_LENGTH)), Instant.now()));
    }

    public Mono<SupplierPrice> listPrice(String supplierCode, String sku) {
        return pricingClient.get().uri("/v1/suppliers/{supplier}/skus/{sku}/price", supplierCode, sku).retrieve().bodyToMono(SupplierPrice.class); // SAFE ssrf
    }
}
