package com.claimwright.web;

import com.claimwright.core.dao.ClaimJdbcDao;
import com.claimwright.core.model.Claim;
import com.claimwright.core.service.*;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v2/letters")
@CrossOrigin(origins = "https://portal.claimwright.com", allowCredentials = "true") // SAFE cors
public class CorrespondenceController {

    private final LetterTemplateService letters;
    private final ReportRenderService renderer;
    private final LegacyImportService imports;
    private final ClaimJdbcDao claims;

    public CorrespondenceController(LetterTemplateService letters, ReportRenderService renderer, LegacyImportService imports,
                                    ClaimJdbcDao claims) {
        this.letters = letters;
        this.renderer = renderer;
        this.imports = imports;
        this.claims = claims;
    }

    @PostMapping(value = "/{claimNumber}/preview", consumes = MediaType.TEXT_PLAIN_VALUE)
    public Map<String, String> previewCustom(@PathVariable String claimNumber, @RequestBody String templateSource)
            throws SQLException, IOException, TemplateException {
        Map<String, Object> model = Map.of("claim", load(claimNumber), "today", LocalDate.now());
        return Map.of("claimNumber", claimNumber, "body", letters.renderCustom(templateSource, model));
    }

    @GetMapping("/acknowledgement")
    public Map<String, String> acknowledgement(@RequestParam String claimantName, @RequestParam String claimNumber) {
        return Map.of("body", letters.renderAcknowledgement(claimantName, claimNumber));
    }

    @PostMapping(value = "/{claimNumber}/pdf", consumes = MediaType.TEXT_HTML_VALUE)
    public Map<String, String> renderPdf(@PathVariable String claimNumber, @RequestParam(defaultValue = "Letter") String paperSize,
                                         @RequestBody String html) throws IOException, InterruptedException, SQLException {
        load(claimNumber);
        Path htmlFile = Files.writeString(Files.createTempFile("cw-letter-", ".html"), html, StandardCharsets.UTF_8);
        return Map.of("claimNumber", claimNumber, "document", renderer.renderClaimPdf(htmlFile, paperSize).getFileName().toString());
    }

    @GetMapping("/toolchain")
    public Map<String, String> toolchain() throws IOException {
        return Map.of("wkhtmltopdf", String.valueOf(renderer.toolchainVersion()));
    }

    @PostMapping(value = "/packs/manifest", consumes = "application/x-yaml")
    public Map<String, Object> importPackManifest(@RequestBody String yaml) {
        return imports.readPackManifest(yaml);
    }

    @PostMapping(value = "/packs/field-mapping", consumes = "application/x-yaml")
    public Map<String, Object> importFieldMapping(@RequestBody String yaml) {
        return imports.readFieldMapping(yaml);
    }

    private Claim load(String claimNumber) throws SQLException {
        return claims.findByClaimNumber(claimNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
