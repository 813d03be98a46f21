package com.dosewell.edi.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "edi")
public record EdiProperties(
        String pricingBaseUrl,
        String catalogDir,
        String priceSheetDir,
        String attachmentDir,
        String priceBook,
        List<String> allowedOrigins) {
}
