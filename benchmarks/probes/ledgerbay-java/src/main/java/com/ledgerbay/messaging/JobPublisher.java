package com.ledgerbay.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.TextMessage;

import java.util.UUID;

/**
 * Producer side of the internal work queues.
 */
public class JobPublisher implements AutoCloseable {

    public static final String DOCUMENT_QUEUE = "ledgerbay.documents";
    public static final String WEBHOOK_QUEUE = "ledgerbay.webhooks";
    public static final String MAIL_QUEUE = "ledgerbay.mail.outbound";

    /**
     * Work item placed on the document-conversion queue after an upload.
     */
    public record DocumentJob(UUID documentId, UUID filingId, String action, long requestedBy) {
        public static final String CONVERT_TIFF = "CONVERT_TIFF";
        public static final String THUMBNAIL = "THUMBNAIL";
    }

    private final JMSContext context;

    public JobPublisher(ConnectionFactory connectionFactory) {
        this.context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    public synchronized void publishDocumentJob(DocumentJob job) {
        try {
            MapMessage message = context.createMapMessage();
            message.setString("documentId", job.documentId().toString());
            message.setString("filingId", job.filingId().toString());
            message.setString("action", job.action());
            message.setLong("requestedBy", job.requestedBy());
            context.createProducer().send(context.createQueue(DOCUMENT_QUEUE), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not queue document job", e.getErrorCode(), e);
        }
    }

    public synchronized void publishWebhook(long subscriptionId, String eventType, String payloadJson) {
        try {
            MapMessage message = context.createMapMessage();
            message.setLong("subscriptionId", subscriptionId);
            message.setString("eventType", eventType);
            message.setString("payload", payloadJson);
            message.setInt("attempt", 1);
            context.createProducer().send(context.createQueue(WEBHOOK_QUEUE), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not queue webhook", e.getErrorCode(), e);
        }
    }

    public synchronized void publishMail(String to, String subject, String htmlBody) {
        try {
            TextMessage message = context.createTextMessage(htmlBody);
            message.setStringProperty("to", to);
            message.setStringProperty("subject", subject);
            context.createProducer().send(context.createQueue(MAIL_QUEUE), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not queue mail", e.getErrorCode(), e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
