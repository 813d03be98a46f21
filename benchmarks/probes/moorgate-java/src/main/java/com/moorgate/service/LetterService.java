package com.moorgate.service;

import com.moorgate.api.Claim;
import com.moorgate.web.TemplateRenderer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Produces claimant correspondence from FreeMarker templates.
 */
public class LetterService {

    private static final Map<String, String> STANDARD_LETTERS = Map.of(
            "acknowledgement", "letters/acknowledgement.ftlh",
            "settlement", "letters/settlement.ftlh");

    private final TemplateRenderer renderer;

    public LetterService(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public String renderStandard(String kind, Claim claim) {
        String template = STANDARD_LETTERS.get(kind);
        if (template == null) {
            throw new IllegalArgumentException("No standard letter called " + kind);
        }
        return renderer.render(template, model(claim));
    }

    /** Brokers may supply their own letter body with ${claim.*} placeholders. */
    public String renderCustom(String brokerCode, String templateSource, Claim claim) {
        Map<String, Object> model = model(claim);
        model.put("brokerCode", brokerCode);
        return renderer.renderInline("broker-" + brokerCode, templateSource, model);
    }

    private static Map<String, Object> model(Claim claim) {
        Map<String, Object> model = new HashMap<>();
        model.put("claim", claim);
        model.put("today", LocalDate.now().toString());
        model.put("office", "Moorgate Marine Claims, 12 Finsbury Circus, London EC2M 7EB");
        return model;
    }
}
