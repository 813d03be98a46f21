package com.ledgerbay.messaging;

import com.ledgerbay.messaging.JobPublisher.DocumentJob;
import com.ledgerbay.service.DocumentService;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Worker for {@link JobPublisher#DOCUMENT_QUEUE}: thumbnails and DIS image conversion.
 */
public class DocumentConversionListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DocumentConversionListener.class.getName());

    private final DocumentService documents;

    public DocumentConversionListener(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof MapMessage map)) {
            return;
        }
        try {
            UUID documentId = UUID.fromString(map.getString("documentId"));
            String action = map.getString("action");
            switch (action) {
                case DocumentJob.THUMBNAIL -> documents.renderThumbnail(documentId);
                case DocumentJob.CONVERT_TIFF -> documents.convertForImaging(documentId);
                default -> LOG.warning("unknown document action " + action);
            }
        } catch (JMSException | IOException e) {
            LOG.log(Level.WARNING, "document job failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
