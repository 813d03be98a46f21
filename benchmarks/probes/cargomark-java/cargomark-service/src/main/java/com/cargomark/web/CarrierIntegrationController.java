package com.cargomark.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cargomark.domain.CarrierAccount;
import com.cargomark.domain.WebhookSubscription;
import com.cargomark.repository.CarrierAccountRepository;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.CarrierMappingService;
import com.cargomark.service.CarrierMappingService.HsAlias;
import com.cargomark.service.NotFoundException;
import com.cargomark.service.RateQuoteService;
import com.cargomark.service.RateQuoteService.RateQuote;
import com.cargomark.service.WebhookService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/carriers")
public class CarrierIntegrationController {

    public record WebhookRegistration(@NotBlank String eventType, @NotBlank @Size(max = 1000) String callbackUrl) {
    }

    public record QuoteTestRequest(@NotBlank String endpoint, @NotBlank String origin,
                                   @NotBlank String destination, @NotBlank String containerType) {
    }

    public record SurchargeFormula(@Size(max = 2000) String formula) {
    }

    private final WebhookService webhooks;
    private final RateQuoteService rateQuotes;
    private final CarrierMappingService mappings;
    private final CarrierAccountRepository accounts;

    public CarrierIntegrationController(WebhookService webhooks, RateQuoteService rateQuotes,
                                        CarrierMappingService mappings, CarrierAccountRepository accounts) {
        this.webhooks = webhooks;
        this.rateQuotes = rateQuotes;
        this.mappings = mappings;
        this.accounts = accounts;
    }

    @PostMapping("/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> registerWebhook(@Valid @RequestBody WebhookRegistration registration,
                                               @AuthenticationPrincipal CustomerScoped principal) {
        WebhookSubscription subscription =
                webhooks.register(principal.customerId(), registration.eventType(), registration.callbackUrl());
        return Map.of("id", subscription.getId(), "signingSecret", subscription.getSigningSecret());
    }

    @PostMapping("/quotes/test")
    public RateQuote testQuote(@Valid @RequestBody QuoteTestRequest request) {
        return rateQuotes.testQuote(request.endpoint(), request.origin(), request.destination(), request.containerType());
    }

    @PostMapping(value = "/{carrierCode}/mapping", consumes = {"application/x-yaml", "text/yaml", "text/plain"})
    public Map<String, String> uploadMapping(@PathVariable String carrierCode, @RequestBody String yaml,
                                             @AuthenticationPrincipal CustomerScoped principal) {
        return mappings.importMapping(principal.customerId(), carrierCode, yaml);
    }

    @PostMapping(value = "/{carrierCode}/hs-aliases", consumes = {"application/x-yaml", "text/yaml", "text/plain"})
    public List<HsAlias> uploadHsAliases(@PathVariable String carrierCode, @RequestBody String yaml) {
        return mappings.parseHsAliases(carrierCode, yaml);
    }

    @Transactional
    @PutMapping("/accounts/{accountId}/surcharge-formula")
    public Map<String, Object> updateSurchargeFormula(@PathVariable UUID accountId,
                                                      @Valid @RequestBody SurchargeFormula body,
                                                      @AuthenticationPrincipal CustomerScoped principal) {
        CarrierAccount account = accounts.findByIdAndCustomerId(accountId, principal.customerId())
                .orElseThrow(() -> new NotFoundException("Carrier account " + accountId + " not found"));
        account.setSurchargeFormula(body.formula());
        return Map.of("id", account.getId(), "carrier", account.getCarrierCode(), "formula", String.valueOf(body.formula()));
    }
}
