package com.tariffly.service;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders customs notices (hold notices, duty demands) sent to importers.
 * Standard notices come from the application templates; compliance officers
 * can also draft one-off notices in the console and preview them.
 */
@Service
public class NoticeRenderer {

    private static final Map<String, String> STANDARD_NOTICES = Map.of(
            "hold", "notices/hold",
            "duty-demand", "notices/duty-demand",
            "release", "notices/release");

    private final TemplateEngine fileEngine;
    private final SpringTemplateEngine draftEngine;

    public NoticeRenderer(TemplateEngine fileEngine) {
        this.fileEngine = fileEngine;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(false);
        this.draftEngine = new SpringTemplateEngine();
        this.draftEngine.setTemplateResolver(resolver);
    }

    public String renderStandard(String noticeType, Map<String, Object> variables) {
        String templateName = STANDARD_NOTICES.get(noticeType);
        if (templateName == null) {
            throw new IllegalArgumentException("Unknown notice type " + noticeType);
        }
        Context context = new Context(Locale.UK, variables);
        return fileEngine.process(templateName, context); // SAFE ssti
    }

    public String renderDraft(String draftBody, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        return draftEngine.process(draftBody, context); // VULN ssti
    }
}
