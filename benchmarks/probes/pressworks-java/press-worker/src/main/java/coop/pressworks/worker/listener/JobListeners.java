package coop.pressworks.worker.listener;

import coop.pressworks.worker.config.AmqpConfig;
import coop.pressworks.worker.intake.ScaleSlipArchiver;
import coop.pressworks.worker.model.Jobs.IntakeTicketJob;
import coop.pressworks.worker.model.Jobs.LabelPrintJob;
import coop.pressworks.worker.print.LabelPrintService;
import coop.pressworks.worker.print.PrintCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

import java.io.IOException;

@Component
public class JobListeners {

    private static final Logger LOG = LoggerFactory.getLogger(JobListeners.class);

    private final LabelPrintService labels;
    private final ScaleSlipArchiver scaleSlips;
    private final PrintCommands printCommands;

    public JobListeners(LabelPrintService labels, ScaleSlipArchiver scaleSlips, PrintCommands printCommands) {
        this.labels = labels;
        this.scaleSlips = scaleSlips;
        this.printCommands = printCommands;
    }

    @RabbitListener(queues = AmqpConfig.LABEL_QUEUE)
    public void onLabelJob(LabelPrintJob job) {
        LOG.info("Label job {} for {} lot {} ({} copies) from {}", job.jobId(), job.sku(), job.lotCode(),
                job.copies(), job.requestedBy());
        try {
            labels.print(job);
        } catch (IOException e) {
            throw new AmqpRejectAndDontRequeueException("Label job " + job.jobId() + " failed", e);
        }
    }

    @RabbitListener(queues = AmqpConfig.INTAKE_QUEUE)
    public void onIntakeTicket(IntakeTicketJob job) {
        LOG.info("Intake ticket {} (bin {}) for grower {}", job.ticketId(), job.binTag(), job.growerId());
        try {
            printCommands.printBinTag(job.binTag(), job.ticketId());
            if (job.scaleSlipUrl() != null && !job.scaleSlipUrl().isBlank()) {
                scaleSlips.archive(job);
            }
        } catch (IOException e) {
            throw new AmqpRejectAndDontRequeueException("Ticket " + job.ticketId() + " failed", e);
        }
    }
}
