package com.ledgerbay.service;

import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.NotificationTemplate;
import com.ledgerbay.dto.StatusUpdate;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.repository.BrokerAccountRepository;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.tools.generic.DateTool;
import org.apache.velocity.tools.generic.EscapeTool;
import org.apache.velocity.tools.generic.NumberTool;

import java.io.StringWriter;
import java.util.Optional;

/**
 * Renders receipts and importer-facing status e-mails with Velocity.
 */
public class NotificationService {

    public static final String EVENT_STATUS = "entry.status";

    private final VelocityEngine velocity;
    private final BrokerAccountRepository brokers;
    private final JobPublisher jobs;

    public NotificationService(BrokerAccountRepository brokers, JobPublisher jobs) {
        this.brokers = brokers;
        this.jobs = jobs;
        this.velocity = new VelocityEngine();
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        velocity.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity.init();
    }

    public String renderReceipt(Filing filing) {
        VelocityContext ctx = baseContext();
        ctx.put("filing", filing);
        ctx.put("importer", filing.getImporter());
        ctx.put("lines", filing.getLineItems());
        StringWriter out = new StringWriter();
        velocity.getTemplate("templates/filing-receipt.vm", "UTF-8").merge(ctx, out);
        return out.toString();
    }

    /**
     * Builds the importer e-mail for a CBP disposition, using the broker's own wording when they have set one.
     */
    public void notifyStatus(Filing filing, StatusUpdate update) {
        Optional<BrokerAccount> broker = brokers.findById(filing.getBrokerId());
        if (broker.isEmpty() || filing.getImporter() == null || filing.getImporter().getContactEmail() == null) {
            return;
        }
        VelocityContext ctx = baseContext();
        ctx.put("filing", filing);
        ctx.put("importer", filing.getImporter());
        ctx.put("broker", broker.get());
        ctx.put("update", update);

        Optional<NotificationTemplate> custom = brokers.templateFor(filing.getBrokerId(), EVENT_STATUS);
        StringWriter body = new StringWriter();
        String subject;
        if (custom.isPresent()) {
            subject = custom.get().getSubject();
            velocity.evaluate(ctx, body, "broker-" + filing.getBrokerId(), custom.get().getBody()); // VULN ssti
        } else {
            subject = "Entry " + filing.getEntryNumber() + ": " + update.getDispositionCode();
            Template standard = velocity.getTemplate("templates/status-update.vm", "UTF-8");
            standard.merge(ctx, body); // SAFE ssti
        }
        jobs.publishMail(filing.getImporter().getContactEmail(), subject, body.toString());
    }

    public NotificationTemplate saveBrokerTemplate(long brokerId, String subject, String body) {
        NotificationTemplate template = brokers.templateFor(brokerId, EVENT_STATUS)
                .orElseGet(() -> new NotificationTemplate(brokerId, EVENT_STATUS, subject, body));
        template.setSubject(subject);
        template.setBody(body);
        return brokers.saveTemplate(template);
    }

    private VelocityContext baseContext() {
        VelocityContext ctx = new VelocityContext();
        ctx.put("esc", new EscapeTool());
        ctx.put("date", new DateTool());
        ctx.put("number", new NumberTool());
        return ctx;
    }
}
