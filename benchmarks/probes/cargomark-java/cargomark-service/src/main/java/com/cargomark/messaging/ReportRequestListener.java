package com.cargomark.messaging;

import java.util.List;
import java.util.Map;

import com.cargomark.config.RabbitConfig;
import com.cargomark.repository.ReportDao;
import com.cargomark.service.PortalMailer;
import com.cargomark.util.CsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
public class ReportRequestListener {

    private static final Logger log = LoggerFactory.getLogger(ReportRequestListener.class);

    private final ReportDao reportDao;
    private final PortalMailer mailer;

    public ReportRequestListener(ReportDao reportDao, PortalMailer mailer) {
        this.reportDao = reportDao;
        this.mailer = mailer;
    }

    @RabbitListener(queues = RabbitConfig.REPORTS_QUEUE, concurrency = "1-4")
    public void onReportRequest(ReportRequestMessage request) throws Exception {
        log.info("Building revenue report {} for customer {}", request.jobId(), request.customerId());
        List<Map<String, Object>> rows =
                reportDao.revenueBy(request.groupBy(), request.customerId(), request.from(), request.to());
        byte[] csv = CsvWriter.write(rows);
        String fileName = "revenue-" + request.from() + "-" + request.to() + ".csv";
        mailer.sendAttachment(request.requestedBy(), "Cargomark revenue report", fileName, csv);
    }
}
