package com.tariffly.messaging;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tariffly.config.MessagingConfig;
import com.tariffly.dto.ApiModels.ClassificationJob;
import com.tariffly.dto.ApiModels.PreviousRulingHint;
import com.tariffly.dto.ApiModels.SupplierCodeHint;
import com.tariffly.service.HsClassificationService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class ClassificationJobListener {

    private static final Logger log = LoggerFactory.getLogger(ClassificationJobListener.class);

    private final ObjectMapper objectMapper;
    private final HsClassificationService classificationService;
    private final JdbcTemplate jdbc;

    public ClassificationJobListener(ObjectMapper objectMapper, HsClassificationService classificationService,
                                     JdbcTemplate jdbc) {
        this.objectMapper = objectMapper;
        this.classificationService = classificationService;
        this.jdbc = jdbc;
    }

    @RabbitListener(queues = MessagingConfig.CLASSIFICATION_QUEUE)
    public void onJob(String body) throws IOException {
        ClassificationJob job = objectMapper.readValue(body, ClassificationJob.class); // SAFE deser
        String suggested;
        if (job.hint() instanceof SupplierCodeHint supplier && supplier.supplierHsCode() != null
                && supplier.supplierHsCode().matches("\\d{6,10}")) {
            suggested = supplier.supplierHsCode();
        } else if (job.hint() instanceof PreviousRulingHint ruling) {
            log.info("Job {} references BTI {}", job.jobId(), ruling.bindingTariffReference());
            suggested = classificationService.suggestCode(job.goodsDescription());
        } else {
            suggested = classificationService.suggestCode(job.goodsDescription());
        }
        jdbc.update("UPDATE classification_job SET suggested_code = ?, status = 'DONE' WHERE job_id = ?",
                suggested, job.jobId());
    }
}
