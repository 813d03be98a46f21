package com.lockgate.service;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Rendering for both template stacks: Thymeleaf for the skipper portal pages and
 * FreeMarker for keeper notices and printable reports.
 */
public final class ViewRenderer {

    private static final ViewRenderer INSTANCE = new ViewRenderer();

    private final TemplateEngine thymeleaf;
    private final Configuration freemarker;

    private ViewRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/th/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.thymeleaf = new TemplateEngine();
        this.thymeleaf.setTemplateResolver(resolver);

        this.freemarker = new Configuration(Configuration.VERSION_2_3_32);
        this.freemarker.setClassLoaderForTemplateLoading(ViewRenderer.class.getClassLoader(), "templates/ftl");
        this.freemarker.setDefaultEncoding("UTF-8");
        this.freemarker.setRecognizeStandardFileExtensions(true);
        this.freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        this.freemarker.setLogTemplateExceptions(false);
        this.freemarker.setLocale(Locale.UK);
    }

    public static ViewRenderer get() {
        return INSTANCE;
    }

    public Configuration freemarker() {
        return freemarker;
    }

    public String page(String template, Map<String, Object> variables) {
        Context ctx = new Context(Locale.UK);
        ctx.setVariables(variables);
        return thymeleaf.process(template, ctx);
    }

    public String report(String templateName, Map<String, Object> model) throws IOException {
        Template tpl = freemarker.getTemplate(templateName);
        StringWriter out = new StringWriter();
        try {
            tpl.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("report template failed: " + templateName, e);
        }
        return out.toString();
    }

    /** For small HTML fragments assembled in code (embeddable widgets). */
    public static String escapeHtml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
