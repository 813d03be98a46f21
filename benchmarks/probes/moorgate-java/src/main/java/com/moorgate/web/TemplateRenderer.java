package com.moorgate.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * FreeMarker rendering for letters and the surveyor schedule pages. Files ending in .ftlh
 * use the HTML output format and are auto-escaped.
 */
public class TemplateRenderer {

    private final Configuration configuration;

    public TemplateRenderer() {
        configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setTemplateLoader(new ClassTemplateLoader(TemplateRenderer.class, "/templates"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.UK);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
    }

    public String render(String templateName, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate(templateName).process(model, out); // SAFE ssti
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + templateName + " failed", e);
        }
        return out.toString();
    }

    public String renderInline(String name, String source, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            new Template(name, new StringReader(source), configuration).process(model, out); // VULN ssti
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalArgumentException("Letter template error: " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }
}
