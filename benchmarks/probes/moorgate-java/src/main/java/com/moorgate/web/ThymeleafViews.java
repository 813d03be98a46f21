package com.moorgate.web;

import com.moorgate.api.Claim;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * Thymeleaf views for the claims handler screens.
 */
public class ThymeleafViews {

    private final TemplateEngine engine;

    public ThymeleafViews() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public String claimDetail(Claim claim, String trackingSummary, String handler) {
        Context context = new Context(Locale.UK);
        context.setVariable("claim", claim);
        context.setVariable("notes", claim.getNotes());
        context.setVariable("tracking", trackingSummary);
        context.setVariable("handler", handler);
        return engine.process("claim_detail", context);
    }

    public String page(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        return engine.process(template, context);
    }
}
