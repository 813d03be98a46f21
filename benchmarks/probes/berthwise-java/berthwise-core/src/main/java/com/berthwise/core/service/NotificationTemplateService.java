package com.berthwise.core.service;

import com.berthwise.core.model.VesselCall;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.*;
import jakarta.inject.Singleton;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import java.io.*;
import java.util.*;

@Singleton
public class NotificationTemplateService {
    public record NoticeDraft(String agentCode, String subject, String body, Map<String, Object> variables) {
    }

    private static final Map<String, String> BUILT_IN = Map.of(
            "berth-shift", "Berth change for ${vessel}: now at berth ${berth}, ETA ${eta}.",
            "gate-closure", "Gate ${gate} closed from ${from} to ${to}. Please rebook your appointment.",
            "hold-placed", "Customs hold placed on ${container} by ${agency}.");

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);

    public NotificationTemplateService() {
        freemarker.setClassForTemplateLoading(NotificationTemplateService.class, "/templates");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        Velocity.init();
    }

    public String renderBuiltIn(String key, Map<String, Object> model) throws IOException, TemplateException {
        String source = BUILT_IN.get(key);
        if (source == null) {
            throw new IllegalArgumentException("no such template: " + key);
        }
        Template template = new Template(key, new StringReader(source), freemarker); // SAFE ssti
        return process(template, model);
    }

    public String renderAgentDraft(NoticeDraft draft) throws IOException, TemplateException {
        Template template = new Template("draft-" + draft.agentCode(), new StringReader(draft.body()), freemarker); // VULN ssti
        return process(template, draft.variables() == null ? Map.of() : draft.variables());
    }

    public String renderSmsPreview(Map<String, String> fields) {
        VelocityContext context = new VelocityContext();
        fields.forEach(context::put);
        String source = fields.getOrDefault("template", "");
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "sms-preview", source); // VULN ssti
        return out.toString();
    }

    public String renderBerthNotice(VesselCall call, String remark, String contact) throws IOException, TemplateException {
        Map<String, Object> model = new HashMap<>();
        model.put("call", call);
        model.put("remark", remark);
        model.put("contact", contact);
        return process(freemarker.getTemplate("berth-notice.ftlh"), model);
    }

    private static String process(Template template, Map<String, ?> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
