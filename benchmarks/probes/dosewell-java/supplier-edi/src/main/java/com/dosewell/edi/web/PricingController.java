package com.dosewell.edi.web;

import com.dosewell.edi.model.ContractTier;
import com.dosewell.edi.model.PricingInput;
import com.dosewell.edi.model.PricingQuote;
import com.dosewell.edi.model.SimulationRequest;
import com.dosewell.edi.pricing.PricingRuleEngine;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/edi/pricing")
public class PricingController {

    private final PricingRuleEngine engine;

    public PricingController(PricingRuleEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/{tier}/quote")
    public Mono<PricingQuote> quote(@PathVariable("tier") ContractTier tier,
                                    @RequestParam("sku") String sku,
                                    @RequestParam("listPrice") BigDecimal listPrice,
                                    @RequestParam(name = "quantity", defaultValue = "1") int quantity,
                                    @RequestParam(name = "handlingFee", required = false) BigDecimal handlingFee) {
        PricingInput input = new PricingInput(listPrice, quantity, handlingFee);
        return Mono.fromCallable(() -> new PricingQuote(sku, engine.quote(tier, input), tier.name()));
    }

    @PostMapping("/simulate")
    public Mono<PricingQuote> simulate(@RequestBody SimulationRequest request) {
        return Mono.fromCallable(() -> new PricingQuote(request.sku(), engine.simulate(request.rule(), request.toInput()), "SIMULATION"));
    }
}
