package com.cargomark.service;

import java.time.LocalDate;
import java.util.UUID;

import com.cargomark.config.RabbitConfig;
import com.cargomark.messaging.ReportRequestMessage;
import com.cargomark.web.dto.BadRequestException;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Service;

@Service
public class ReportService {

    private static final int MAX_RANGE_DAYS = 366;

    private final RabbitTemplate rabbitTemplate;

    public ReportService(RabbitTemplate rabbitTemplate) {
        this.rabbitTemplate = rabbitTemplate;
    }

    public UUID requestRevenueReport(UUID customerId, String email, String groupBy, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BadRequestException("Invalid date range");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw new BadRequestException("Reports are limited to one year");
        }
        UUID jobId = UUID.randomUUID();
        ReportRequestMessage message = new ReportRequestMessage(jobId, customerId, email,
                groupBy == null ? "carrier_code" : groupBy, from, to);
        rabbitTemplate.convertAndSend(RabbitConfig.REPORTS_EXCHANGE, "report.revenue", message);
        return jobId;
    }
}
