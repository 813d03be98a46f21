package edu.quadrangle.registration.web;

import edu.quadrangle.registration.security.KioskTokenIssuer;
import edu.quadrangle.registration.service.*;
import edu.quadrangle.registration.web.dto.*;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/admin")
@RequiredArgsConstructor
public class AdminController {

    private final ReportService reportService;
    private final GradingRuleService gradingRuleService;
    private final NotificationTemplateService templateService;
    private final KioskTokenIssuer kioskTokenIssuer;

    @PostMapping("/reports/transcript")
    public Map<String, String> renderTranscript(@RequestBody ReportRequest request) throws Exception {
        return Map.of("path", reportService.renderTranscriptPdf(request).toString());
    }

    @PostMapping("/terms/{term}/archive")
    public Map<String, String> archiveTerm(@PathVariable("term") String term,
                                           @RequestParam(name = "label", defaultValue = "final") String label) throws Exception {
        reportService.archiveTerm(term, label);
        return Map.of("status", "archiving", "term", term);
    }

    @GetMapping("/reports/disk-usage")
    public Map<String, String> diskUsage() throws Exception {
        return Map.of("usage", reportService.diskUsage());
    }

    @PostMapping("/grading/preview")
    public List<String> previewCurve(@RequestBody GradingRuleRequest rule) throws Exception {
        return gradingRuleService.previewCurve(rule);
    }

    @PostMapping("/announcements/preview")
    public Map<String, String> previewAnnouncement(@RequestBody AnnouncementRequest request) {
        Map<String, Object> model = Map.of("term", "Fall 2024", "registrar", "Office of the Registrar");
        return Map.of("subject", request.subject(), "body", templateService.renderAnnouncement(request, model));
    }

    @PostMapping("/digest/preview")
    public Map<String, String> previewDigest(@RequestParam("firstName") String firstName) throws Exception {
        Map<String, Object> model = Map.of("firstName", firstName, "term", "Fall 2024", "sections", List.of());
        return Map.of("body", templateService.renderWeeklyDigest(model));
    }

    @PostMapping("/kiosks/{kioskId}/token")
    public Map<String, String> kioskToken(@PathVariable("kioskId") String kioskId,
                                          @RequestParam("building") String building) {
        return Map.of("token", kioskTokenIssuer.issueCheckInToken(kioskId, building));
    }
}
