package com.tariffly.controller;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.tariffly.dto.ApiModels.DeclarationRequest;
import com.tariffly.model.CustomsDeclaration;
import com.tariffly.service.CustomsXmlService;
import com.tariffly.service.DeclarationService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/declarations")
public class DeclarationController {

    private final DeclarationService declarationService;
    private final CustomsXmlService xmlService;

    public DeclarationController(DeclarationService declarationService, CustomsXmlService xmlService) {
        this.declarationService = declarationService;
        this.xmlService = xmlService;
    }

    @PostMapping
    public ResponseEntity<CustomsDeclaration> create(@RequestBody DeclarationRequest request) {
        CustomsDeclaration saved = declarationService.create(request);
        return ResponseEntity.created(URI.create("/api/declarations/" + saved.getId())).body(saved);
    }

    @GetMapping("/broker/{brokerRef}")
    public List<CustomsDeclaration> byBroker(@PathVariable String brokerRef,
                                             @RequestParam(required = false) String status) {
        return declarationService.findByBroker(brokerRef, status);
    }

    @GetMapping("/importer/{importerId}")
    public List<CustomsDeclaration> byImporter(@PathVariable long importerId,
                                               @RequestParam(required = false) String hsPrefix) {
        return declarationService.findForImporter(importerId, hsPrefix);
    }

    @PostMapping("/xml")
    public ResponseEntity<CustomsDeclaration> uploadXml(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            CustomsDeclaration saved = declarationService.importXml(in);
            return ResponseEntity.created(URI.create("/api/declarations/" + saved.getId())).body(saved);
        }
    }

    @PostMapping("/xml/precheck")
    public Map<String, Object> precheck(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            List<String> findings = xmlService.precheck(in);
            return Map.of("valid", findings.isEmpty(), "findings", findings);
        }
    }
}
