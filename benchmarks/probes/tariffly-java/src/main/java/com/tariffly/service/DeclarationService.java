package com.tariffly.service;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.tariffly.dto.ApiModels.DeclarationRequest;
import com.tariffly.model.CustomsDeclaration;
import com.tariffly.repository.DeclarationSearchDao;

import org.springframework.stereotype.Service;

@Service
public class DeclarationService {

    private final DeclarationSearchDao declarations;
    private final CustomsXmlService xmlService;

    public DeclarationService(DeclarationSearchDao declarations, CustomsXmlService xmlService) {
        this.declarations = declarations;
        this.xmlService = xmlService;
    }

    public CustomsDeclaration create(DeclarationRequest request) {
        if (request.importerId() == null || request.brokerRef() == null) {
            throw new IllegalArgumentException("importerId and brokerRef are required");
        }
        CustomsDeclaration d = new CustomsDeclaration();
        d.setBrokerRef(request.brokerRef().trim());
        d.setImporterId(request.importerId());
        d.setShipmentId(request.shipmentId());
        d.setHsCode(request.hsCode());
        d.setGoodsDescription(request.goodsDescription());
        d.setBrokerRemarks(request.brokerRemarks());
        d.setNotes(request.notes());
        d.setOriginCountry(request.originCountry() == null ? null : request.originCountry().toUpperCase(Locale.ROOT));
        d.setCustomsValue(request.customsValue());
        d.setCurrency(request.currency() == null ? "EUR" : request.currency());
        d.setStatus("DRAFT");
        d.setLodgedAt(Instant.now());
        return declarations.save(d);
    }

    public CustomsDeclaration importXml(InputStream xml) {
        DeclarationRequest parsed = xmlService.parseDeclaration(xml);
        return create(parsed);
    }

    public List<CustomsDeclaration> findByBroker(String brokerRef, String status) {
        String ref = brokerRef.trim().toUpperCase(Locale.ROOT);
        return declarations.findByBroker(ref, status == null ? null : status.toUpperCase(Locale.ROOT));
    }

    public List<CustomsDeclaration> findForImporter(long importerId, String hsPrefix) {
        return declarations.findForImporter(importerId, hsPrefix);
    }

    public Optional<CustomsDeclaration> get(long id) {
        return declarations.findById(id);
    }
}
