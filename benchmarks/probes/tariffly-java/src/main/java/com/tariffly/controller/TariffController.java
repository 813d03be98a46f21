package com.tariffly.controller;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.xpath.XPathExpressionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tariffly.client.TariffApiClient;
import com.tariffly.config.MessagingConfig;
import com.tariffly.dto.ApiModels.ChapterNotes;
import com.tariffly.dto.ApiModels.ClassificationJob;
import com.tariffly.dto.ApiModels.DutyPreviewRequest;
import com.tariffly.dto.ApiModels.HeadingView;
import com.tariffly.dto.ApiModels.ScheduleImportRequest;
import com.tariffly.dto.ApiModels.TariffRate;
import com.tariffly.service.DutyCalculationService;
import com.tariffly.service.HsClassificationService;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tariff")
public class TariffController {

    private final HsClassificationService classificationService;
    private final DutyCalculationService dutyService;
    private final TariffApiClient tariffApiClient;
    private final RabbitTemplate rabbitTemplate;
    private final ObjectMapper objectMapper;

    public TariffController(HsClassificationService classificationService, DutyCalculationService dutyService,
                            TariffApiClient tariffApiClient, RabbitTemplate rabbitTemplate,
                            ObjectMapper objectMapper) {
        this.classificationService = classificationService;
        this.dutyService = dutyService;
        this.tariffApiClient = tariffApiClient;
        this.rabbitTemplate = rabbitTemplate;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/headings")
    public ResponseEntity<HeadingView> heading(@RequestParam String code) throws XPathExpressionException {
        return classificationService.findHeading(code).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/chapters/{chapter}/notes")
    public ChapterNotes chapterNotes(@PathVariable String chapter) throws XPathExpressionException {
        return classificationService.chapterNotes(chapter);
    }

    @GetMapping("/headings/search")
    public List<HeadingView> search(@RequestParam String term) throws XPathExpressionException {
        return classificationService.searchDescriptions(term);
    }

    @GetMapping("/headings/suggest")
    public void suggest(@RequestParam("q") String query, HttpServletResponse response) throws IOException {
        classificationService.writeSuggestions(response, query);
    }

    @GetMapping("/rates/{country}/{hsCode}")
    public TariffRate rate(@PathVariable String country, @PathVariable String hsCode)
            throws IOException, InterruptedException {
        return tariffApiClient.fetchRate(hsCode, country);
    }

    @PostMapping("/schedules/import")
    public Map<String, Object> importSchedule(@RequestBody ScheduleImportRequest request) {
        String schedule = tariffApiClient.importSchedule(request.sourceUrl());
        return Map.of("year", request.scheduleYear(), "bytes", schedule == null ? 0 : schedule.length());
    }

    @PostMapping("/duty/preview")
    public Map<String, BigDecimal> dutyPreview(@RequestBody DutyPreviewRequest request) {
        return Map.of("duty", dutyService.compute(request));
    }

    @PostMapping("/classification-jobs")
    public Map<String, String> submitClassification(@RequestBody ClassificationJob job) throws IOException {
        String jobId = UUID.randomUUID().toString();
        ClassificationJob queued = new ClassificationJob(jobId, job.importerId(), job.goodsDescription(),
                job.originCountry(), job.hint());
        rabbitTemplate.convertAndSend(MessagingConfig.EXCHANGE, "classification.request",
                objectMapper.writeValueAsString(queued));
        return Map.of("jobId", jobId);
    }
}
