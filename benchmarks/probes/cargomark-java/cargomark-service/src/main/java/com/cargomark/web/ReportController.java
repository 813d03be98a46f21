package com.cargomark.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.cargomark.security.CustomerScoped;
import com.cargomark.service.ReportService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping("/revenue")
    public ResponseEntity<Map<String, UUID>> revenue(
            @RequestParam(defaultValue = "carrier_code") String groupBy,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CustomerScoped principal) {
        UUID jobId = reports.requestRevenueReport(principal.customerId(), principal.email(), groupBy, from, to);
        return ResponseEntity.accepted().body(Map.of("jobId", jobId));
    }
}
