package com.ledgerbay.messaging;

import com.ledgerbay.dto.StatusUpdate;
import com.ledgerbay.service.FilingService;
import com.ledgerbay.service.NotificationService;
import com.ledgerbay.service.WebhookService;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes CBP dispositions (release, reject, liquidation) and fans them out to the filing record,
 * importer e-mail and broker webhooks.
 */
public class CbpStatusListener implements MessageListener {

    public static final String BRIDGE_QUEUE = "ace.status";
    public static final String DESKTOP_QUEUE = "desktop.status.sync";

    private static final Logger LOG = Logger.getLogger(CbpStatusListener.class.getName());

    private final FilingService filings;
    private final NotificationService notifications;
    private final WebhookService webhooks;

    public CbpStatusListener(FilingService filings, NotificationService notifications, WebhookService webhooks) {
        this.filings = filings;
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof BytesMessage bytesMessage)) {
                LOG.warning("ignoring non-bytes status message " + message.getJMSMessageID());
                return;
            }
            byte[] payload = new byte[(int) bytesMessage.getBodyLength()];
            bytesMessage.readBytes(payload);
            String source = message.getJMSDestination() == null ? "" : message.getJMSDestination().toString();
            StatusUpdate update = source.contains(DESKTOP_QUEUE)
                    ? StatusCodec.decodeDesktop(payload)
                    : StatusCodec.decodeBridge(payload);
            handle(update);
        } catch (JMSException | IOException e) {
            LOG.log(Level.WARNING, "status message rejected", e);
        }
    }

    private void handle(StatusUpdate update) {
        filings.applyCbpDisposition(update.getEntryNumber(), update.getDispositionCode());
        filings.byEntryNumber(update.getEntryNumber()).ifPresent(filing -> {
            notifications.notifyStatus(filing, update);
            webhooks.publish(filing.getBrokerId(), NotificationService.EVENT_STATUS,
                    "{\"entryNumber\":\"" + filing.getEntryNumber() + "\",\"status\":\"" + filing.getStatus() + "\"}");
        });
    }
}
