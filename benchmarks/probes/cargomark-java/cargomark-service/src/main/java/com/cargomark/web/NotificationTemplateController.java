package com.cargomark.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.cargomark.security.CustomerScoped;
import com.cargomark.service.NotificationTemplateService;
import com.cargomark.web.dto.BadRequestException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notification-templates")
public class NotificationTemplateController {

    public record TemplateSource(@NotBlank @Size(max = 20000) String source) {
    }

    private static final Set<String> TYPES = Set.of("arrival-notice", "customs-release", "delivery-confirmation");

    private final NotificationTemplateService templates;

    public NotificationTemplateController(NotificationTemplateService templates) {
        this.templates = templates;
    }

    @PutMapping("/{type}")
    public ResponseEntity<Void> save(@PathVariable String type, @RequestBody TemplateSource body,
                                     @AuthenticationPrincipal CustomerScoped principal) {
        requireType(type);
        templates.saveOverride(principal.customerId(), type, body.source());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{type}/preview", produces = MediaType.TEXT_HTML_VALUE)
    public String preview(@PathVariable String type, @RequestBody TemplateSource body) throws Exception {
        requireType(type);
        return templates.renderSource(type, body.source(), sampleModel());
    }

    private static void requireType(String type) {
        if (!TYPES.contains(type)) {
            throw new BadRequestException("Unknown template type " + type);
        }
    }

    private static Map<String, Object> sampleModel() {
        return Map.of(
                "reference", "CM240001234",
                "consignee", "Example Trading GmbH",
                "vessel", "MSC AURORA",
                "eta", LocalDate.now().plusDays(3).toString(),
                "port", "DEHAM");
    }
}
