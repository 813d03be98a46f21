package com.tariffly.controller;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.tariffly.dto.ApiModels.ImporterCredentials;
import com.tariffly.dto.ApiModels.ImporterRegistration;
import com.tariffly.service.ImporterAccountService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/importers")
public class ImporterAccountController {

    private final ImporterAccountService importerService;

    public ImporterAccountController(ImporterAccountService importerService) {
        this.importerService = importerService;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    public ImporterCredentials register(@RequestBody ImporterRegistration registration) {
        return importerService.register(registration);
    }

    @PostMapping("/{eori}/activate")
    public ResponseEntity<Void> activate(@PathVariable String eori, @RequestParam String code) {
        return importerService.activate(eori, code)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @GetMapping
    public List<Map<String, Object>> byCountry(@RequestParam String country,
                                               @RequestParam(required = false) String eoriPrefix) {
        return importerService.listByCountry(country, eoriPrefix);
    }

    @GetMapping("/{eori}")
    public ResponseEntity<Map<String, Object>> summary(@PathVariable String eori) {
        return importerService.summary(eori).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/{importerId}/open-shipments")
    public Map<String, Integer> openShipments(@PathVariable String importerId) {
        return Map.of("open", importerService.openShipments(importerId));
    }

    @GetMapping("/{importerId}/statements/{period}")
    public List<Map<String, Object>> statement(@PathVariable long importerId, @PathVariable String period) {
        return importerService.monthlyStatement(importerId, YearMonth.parse(period));
    }
}
