package com.cargomark.web;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.domain.DeclarationStatus;
import com.cargomark.repository.DeclarationRepository;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.BulkImportService;
import com.cargomark.service.BulkImportService.ImportSummary;
import com.cargomark.web.dto.BadRequestException;
import com.cargomark.web.dto.DeclarationFilter;
import com.cargomark.xml.ContainerManifestImporter;
import com.cargomark.xml.ContainerManifestImporter.ContainerLine;
import com.cargomark.xml.CustomsResponse;
import com.cargomark.xml.CustomsResponseReader;
import com.cargomark.xml.CustomsXmlParser;
import com.cargomark.xml.DeclarationStatusService;
import com.cargomark.xml.DeclarationStatusService.StatusEvent;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/declarations")
public class DeclarationController {

    private static final Pattern HS_PREFIX = Pattern.compile("^[0-9]{2,10}$");

    private final DeclarationRepository declarations;
    private final CustomsXmlParser xmlParser;
    private final ContainerManifestImporter manifestImporter;
    private final CustomsResponseReader responseReader;
    private final DeclarationStatusService statusService;
    private final BulkImportService bulkImportService;

    public DeclarationController(DeclarationRepository declarations, CustomsXmlParser xmlParser,
                                 ContainerManifestImporter manifestImporter, CustomsResponseReader responseReader,
                                 DeclarationStatusService statusService, BulkImportService bulkImportService) {
        this.declarations = declarations;
        this.xmlParser = xmlParser;
        this.manifestImporter = manifestImporter;
        this.responseReader = responseReader;
        this.statusService = statusService;
        this.bulkImportService = bulkImportService;
    }

    @GetMapping
    public List<CustomsDeclaration> list(@RequestParam(required = false) String hs,
                                         @RequestParam(required = false) DeclarationStatus status,
                                         @RequestParam(defaultValue = "100") int limit,
                                         @AuthenticationPrincipal CustomerScoped principal) {
        if (hs != null && !HS_PREFIX.matcher(hs).matches()) {
            throw new BadRequestException("HS prefix must be 2-10 digits");
        }
        return declarations.findByFilter(new DeclarationFilter(principal.customerId(), hs, status, Math.min(limit, 500)));
    }

    @PostMapping("/upload")
    public CustomsDeclaration upload(@RequestParam("file") MultipartFile file,
                                     @AuthenticationPrincipal CustomerScoped principal) throws Exception {
        try (InputStream in = file.getInputStream()) {
            CustomsDeclaration declaration = xmlParser.parse(in);
            declaration.setCustomerId(principal.customerId());
            return declarations.save(declaration);
        }
    }

    @PostMapping("/bulk")
    public ImportSummary bulk(@RequestParam("archive") MultipartFile archive,
                              @AuthenticationPrincipal CustomerScoped principal) throws Exception {
        return bulkImportService.importDeclarations(principal.customerId(), archive);
    }

    @PostMapping("/manifest")
    public List<ContainerLine> manifest(@RequestParam("file") MultipartFile file) throws Exception {
        try (InputStream in = file.getInputStream()) {
            return manifestImporter.read(in);
        }
    }

    @Transactional
    @PostMapping("/responses")
    public ResponseEntity<Map<String, String>> customsResponse(@RequestParam("file") MultipartFile file,
                                                               @AuthenticationPrincipal CustomerScoped principal)
            throws Exception {
        CustomsResponse response;
        try (InputStream in = file.getInputStream()) {
            response = responseReader.read(in);
        }
        CustomsDeclaration declaration = declarations
                .findByReferenceAndCustomerId(response.getReference(), principal.customerId())
                .orElseThrow(() -> new BadRequestException("Unknown declaration " + response.getReference()));
        declaration.setMovementReferenceNumber(response.getMovementReferenceNumber());
        declaration.setStatus("ACCEPTED".equalsIgnoreCase(response.getOutcome())
                ? DeclarationStatus.ACCEPTED : DeclarationStatus.REJECTED);
        return ResponseEntity.ok(Map.of("reference", declaration.getReference(), "status", declaration.getStatus().name()));
    }

    @GetMapping("/{reference}/status")
    public Map<String, String> status(@PathVariable String reference) throws Exception {
        String status = statusService.currentStatus(reference).orElse("UNKNOWN");
        return Map.of("reference", reference, "status", status);
    }

    @GetMapping("/{reference}/history")
    public List<StatusEvent> history(@PathVariable String reference) throws Exception {
        return statusService.history(reference);
    }
}
