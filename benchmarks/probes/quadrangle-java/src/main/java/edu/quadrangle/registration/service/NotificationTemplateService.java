package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.AnnouncementRequest;
import freemarker.template.*;
import java.io.*;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.stereotype.Service;

@Service
public class NotificationTemplateService {

    private static final String DIGEST_TEMPLATE = """
            Hello ${firstName},

            Here is your registration summary for ${term}:
            <#list sections as s>
              - ${s.courseCode} ${s.title} (${s.credits} cr)
            </#list>

            Questions? Reply to registrar@quadrangle.edu.
            """;

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);

    public String renderAnnouncement(AnnouncementRequest request, Map<String, Object> model) {
        VelocityContext context = new VelocityContext(model);
        context.put("courseCode", request.courseCode());
        StringWriter out = new StringWriter();
        Velocity.evaluate(context, out, "announcement-" + request.courseCode(), request.body()); // VULN ssti
        return out.toString();
    }

    public String renderWeeklyDigest(Map<String, Object> model) throws IOException, TemplateException {
        Template template = new Template("weekly-digest", new StringReader(DIGEST_TEMPLATE), freemarker); // SAFE ssti
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
