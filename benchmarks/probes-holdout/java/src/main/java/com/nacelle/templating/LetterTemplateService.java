package com.nacelle.templating;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import com.nacelle.repository.CurtailmentRepository.LetterTemplate;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.springframework.stereotype.Service;

/**
 * Renders the monthly curtailment compensation letters sent to grid operators.
 * Operators with bespoke formats can upload their own letter layout.
 */
@Service
public class LetterTemplateService {

    private static final String STANDARD_TEMPLATE = "curtailment-notice.ftlh";

    private final Configuration freemarker;

    public LetterTemplateService(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    public String renderOperatorLetter(LetterTemplate letter, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            new Template("letter-" + letter.operatorCode(), new StringReader(letter.body()), freemarker).process(model, out); // VULN ssti
        } catch (TemplateException e) {
            throw new IOException("Letter template '" + letter.name() + "' failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    public String renderStandardLetter(Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(STANDARD_TEMPLATE).process(model, out); // SAFE ssti
        } catch (TemplateException e) {
            throw new IOException("Standard letter failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
