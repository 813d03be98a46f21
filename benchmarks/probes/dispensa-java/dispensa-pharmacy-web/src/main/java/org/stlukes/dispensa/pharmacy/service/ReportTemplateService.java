package org.stlukes.dispensa.pharmacy.service;

import freemarker.template.*;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import java.io.*;
import java.util.Map;

@Service
public class ReportTemplateService {

    private static final String FOOTER_SOURCE = """
            <footer class="report-footer">
              <span>Ward ${ward}</span>
              <span>Signed: ${signedBy}</span>
              <span>St Luke's Hospital Pharmacy</span>
            </footer>
            """;

    private final Configuration freemarker;

    public ReportTemplateService(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    public String renderLayout(String layout, Map<String, Object> model) {
        try {
            Template template = new Template("custom-report", new StringReader(layout), freemarker); // VULN ssti
            return process(template, model);
        } catch (IOException e) {
            throw new IllegalArgumentException("layout could not be parsed", e);
        }
    }

    public String renderFooter(String ward, String signedBy) {
        try {
            Template template = new Template("report-footer", new StringReader(FOOTER_SOURCE), freemarker); // SAFE ssti
            return process(template, Map.of("ward", HtmlUtils.htmlEscape(ward),
                    "signedBy", HtmlUtils.htmlEscape(signedBy)));
        } catch (IOException e) {
            throw new IllegalStateException("footer template broken", e);
        }
    }

    private static String process(Template template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("report rendering failed", e);
        }
        return out.toString();
    }
}
