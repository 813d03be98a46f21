package com.cargomark.service;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.springframework.stereotype.Service;

/**
 * Customer-specific e-mail notification templates (arrival notice, customs release, ...).
 * Customers can override the default wording from the portal settings page.
 */
@Service
public class NotificationTemplateService {

    private final Configuration freemarker;
    private final Map<String, String> overrides = new ConcurrentHashMap<>();

    public NotificationTemplateService(Configuration documentFreemarker) {
        this.freemarker = documentFreemarker;
    }

    public void saveOverride(UUID customerId, String type, String source) {
        overrides.put(key(customerId, type), source);
    }

    public String renderOverride(UUID customerId, String type, Map<String, Object> model)
            throws IOException, TemplateException {
        String source = overrides.get(key(customerId, type));
        if (source == null) {
            return render(type, freemarker.getTemplate("notifications/" + type + ".ftlh"), model);
        }
        return renderSource(type, source, model);
    }

    public String renderSource(String name, String source, Map<String, Object> model)
            throws IOException, TemplateException {
        Template template = new Template(name, source, freemarker); // VULN ssti
        return render(name, template, model);
    }

    private static String render(String name, Template template, Map<String, Object> model)
            throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    private static String key(UUID customerId, String type) {
        return customerId + ":" + type;
    }
}
