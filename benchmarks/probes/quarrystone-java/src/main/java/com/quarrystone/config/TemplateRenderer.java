package com.quarrystone.config;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Thin wrapper around Pebble. Page templates live on the classpath under /templates;
 * customer-defined invoice snippets are rendered through a string loader.
 */
public final class TemplateRenderer {

    private final PebbleEngine pageEngine;
    private final PebbleEngine snippetEngine;

    public TemplateRenderer() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.pageEngine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .build();
        this.snippetEngine = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .autoEscaping(true)
                .build();
    }

    public String page(String templateName, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            PebbleTemplate template = pageEngine.getTemplate(templateName);
            template.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Renders a snippet whose text is supplied at run time (customer footers, e-mail bodies). */
    public String snippet(String source, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            snippetEngine.getTemplate(source).evaluate(out, model); // VULN ssti
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Renders a fixed snippet from the classpath with the customer values only in the model. */
    public String statementFooter(Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            pageEngine.getTemplate("statement_footer").evaluate(out, model); // SAFE ssti
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
