package com.claimwright.core.service;

import freemarker.template.*;
import java.io.*;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

public class LetterTemplateService {

    private static final String ACKNOWLEDGEMENT = """
            Dear $claimantName,

            Thank you for reporting your loss. Your claim number is $claimNumber.
            An adjuster will contact you within two business days.
            """;

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);

    public LetterTemplateService() {
        freemarker.setDefaultEncoding("UTF-8");
        Velocity.init();
    }

    /** Adjusters can draft one-off letters against the claim model before sending. */
    public String renderCustom(String templateSource, Map<String, Object> model) throws IOException, TemplateException {
        Template template = new Template("adjuster-custom", new StringReader(templateSource), freemarker); // VULN ssti
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    public String renderAcknowledgement(String claimantName, String claimNumber) {
        VelocityContext context = new VelocityContext(Map.of("claimantName", claimantName, "claimNumber", claimNumber));
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "acknowledgement", ACKNOWLEDGEMENT); // SAFE ssti
        return out.toString();
    }
}
