package com.moorgate.messaging;

import com.moorgate.api.InspectionJob;
import com.moorgate.api.Surveyor;
import com.moorgate.client.WebhookClient;
import com.moorgate.db.SurveyorDao;
import com.moorgate.service.SurveyorScheduler;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * Worker side of the inspection queue: groups bookings per port, prints the pack and
 * tells the surveyor's firm about the assignment.
 */
public class InspectionJobConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionJobConsumer.class);

    private final JobCodec codec;
    private final SurveyorScheduler scheduler;
    private final SurveyorDao surveyorDao;
    private final WebhookClient webhookClient;

    public InspectionJobConsumer(Channel channel, JobCodec codec, SurveyorScheduler scheduler, SurveyorDao surveyorDao,
                                 WebhookClient webhookClient) {
        super(channel);
        this.codec = codec;
        this.scheduler = scheduler;
        this.surveyorDao = surveyorDao;
        this.webhookClient = webhookClient;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
            throws IOException {
        long tag = envelope.getDeliveryTag();
        try {
            InspectionJob job = codec.decode(body, properties.getContentType());
            scheduler.process(job);
            if (job.isNotifyFirm()) {
                notifyFirm(job);
            }
            getChannel().basicAck(tag, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getChannel().basicNack(tag, false, true);
        } catch (Exception e) {
            LOG.error("Inspection job {} failed", properties.getMessageId(), e);
            getChannel().basicNack(tag, false, false);
        }
    }

    private void notifyFirm(InspectionJob job) throws IOException {
        Optional<Surveyor> surveyor = surveyorDao.findById(job.getSurveyorId());
        if (surveyor.isEmpty() || surveyor.get().getCallbackUrl() == null) {
            return;
        }
        String payload = String.format("{\"event\":\"inspection.assigned\",\"jobId\":\"%s\",\"claimId\":\"%s\",\"visitDate\":\"%s\"}",
                job.getJobId(), job.getClaimId(), job.getVisitDate());
        int status = webhookClient.notifyFirm(surveyor.get().getCallbackUrl(), payload);
        LOG.info("Webhook for job {} answered {}", job.getJobId(), status);
    }
}
