package org.stlukes.dispensa.pharmacy.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.stlukes.dispensa.pharmacy.service.LegacyImportService;

import java.io.IOException;
import java.util.Map;

@RestController
@RequestMapping("/api/legacy")
public class LegacyImportController {

    private static final String YAML = "application/x-yaml";

    private final LegacyImportService importService;

    public LegacyImportController(LegacyImportService importService) {
        this.importService = importService;
    }

    @PostMapping(value = "/carts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importCart(@RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("lines", importService.restoreCart(file.getInputStream()).size());
    }

    @PostMapping(value = "/v2/carts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importCartV2(@RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("lines", importService.restoreCartFiltered(file.getInputStream()).size());
    }

    @PostMapping(value = "/ward-stock", consumes = YAML)
    public Map<String, Object> importWardStock(@RequestBody String yaml) {
        return importService.readWardStock(yaml);
    }

    @PostMapping(value = "/v2/ward-stock", consumes = YAML)
    public Map<String, Object> importWardStockV2(@RequestBody String yaml) {
        return importService.readWardStockStrict(yaml);
    }

    @PostMapping(value = "/eprescriptions", consumes = MediaType.APPLICATION_XML_VALUE)
    public Map<String, Object> importEPrescription(@RequestBody String xml) throws Exception {
        return Map.of("items", importService.countPrescriptionItems(xml));
    }
}
