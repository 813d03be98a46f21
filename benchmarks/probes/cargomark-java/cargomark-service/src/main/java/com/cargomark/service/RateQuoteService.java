package com.cargomark.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cargomark.config.CargomarkProperties;
import com.cargomark.web.dto.BadRequestException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Rate quotes from carrier APIs. Customers building their own carrier adapter can point the
 * quote test at their adapter deployed on the CarrierHub sandbox.
 */
@Service
public class RateQuoteService {

    public record RateQuote(String carrier, String containerType, BigDecimal oceanFreight,
                            BigDecimal baf, String currency, LocalDate validUntil, List<String> notes) {
    }

    private final RestTemplate restTemplate;
    private final String sandboxBaseUrl;

    public RateQuoteService(@Qualifier("carrierRestTemplate") RestTemplate restTemplate, CargomarkProperties properties) {
        this.restTemplate = restTemplate;
        this.sandboxBaseUrl = properties.carriers().sandboxBaseUrl();
    }

    public RateQuote testQuote(String endpoint, String origin, String destination, String containerType) {
        if (endpoint == null || !endpoint.startsWith(sandboxBaseUrl)) {
            throw new BadRequestException("Quote tests are limited to " + sandboxBaseUrl);
        }
        return restTemplate.getForObject(endpoint + "/v1/rates?origin={o}&destination={d}&type={t}", RateQuote.class, origin, destination, containerType); // VULN ssrf
    }
}
