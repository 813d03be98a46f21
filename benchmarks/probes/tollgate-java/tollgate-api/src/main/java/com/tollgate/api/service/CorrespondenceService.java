package com.tollgate.api.service;

import com.github.mustachejava.*;
import com.tollgate.api.domain.Dispute;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.*;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
public class CorrespondenceService {

    private static final String ACK_TEMPLATE = """
            Dear customer,

            we have registered dispute {{reference}} for your passage on {{passageTime}}.
            Our back office answers within {{slaDays}} working days.

            Tollgate Customer Service
            """;
    private static final String FOOTER = "Tollgate Road Charging Ltd. - this message was generated automatically.";

    private final JavaMailSender mail;
    private final DefaultMustacheFactory mustache = new DefaultMustacheFactory();
    private final PebbleEngine pebble = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(false).build();

    @Async
    public void sendAcknowledgement(Dispute dispute) {
        Mustache template = mustache.compile(new StringReader(ACK_TEMPLATE), "dispute-ack"); // SAFE ssti
        StringWriter body = new StringWriter();
        template.execute(body, Map.of("reference", dispute.reference(), "passageTime", dispute.passageTime(), "slaDays", 10));
        send(dispute.contactEmail(), "Your dispute " + dispute.reference(), body.toString());
    }

    @Async
    public void sendCaseSummary(Dispute dispute) {
        String source = "Case {{ reference }} ({{ reason }}) is now {{ status }}.\n\nYour statement:\n"
                + dispute.comment() + "\n\n{{ footer }}";
        try {
            PebbleTemplate template = pebble.getTemplate(source); // VULN ssti
            StringWriter body = new StringWriter();
            template.evaluate(body, Map.of("reference", dispute.reference(), "reason", dispute.reason().name(),
                    "status", dispute.status(), "footer", FOOTER));
            send(dispute.contactEmail(), "Case summary " + dispute.reference(), body.toString());
        } catch (IOException e) {
            log.warn("case summary for {} not sent", dispute.reference(), e);
        }
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("disputes@tollgate.example");
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }
}
