package org.stlukes.dispensa.pharmacy.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.stlukes.dispensa.pharmacy.service.DispensingService;
import org.stlukes.dispensa.pharmacy.service.ReportTemplateService;
import org.stlukes.dispensa.pharmacy.util.NavigationHelper;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

@Controller
@RequestMapping("/reports")
public class ReportController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");

    private final DispensingService dispensingService;
    private final ReportTemplateService templateService;

    public ReportController(DispensingService dispensingService, ReportTemplateService templateService) {
        this.dispensingService = dispensingService;
        this.templateService = templateService;
    }

    @GetMapping("/wards/{ward}")
    public String wardReport(@PathVariable String ward, @RequestParam(defaultValue = "") String note,
                             @RequestHeader("X-Staff-Id") String staffId, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("handoverNote", note);
        model.addAttribute("rows", dispensingService.wardSummary(ward, staffId));
        model.addAttribute("generatedAt", LocalDateTime.now().format(STAMP));
        return "reports/ward-report";
    }

    @PostMapping(value = "/custom", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String customReport(@RequestParam String ward, @RequestParam String layout,
                               @RequestHeader("X-Staff-Id") String staffId) {
        return templateService.renderLayout(layout, Map.of("ward", ward,
                "rows", dispensingService.wardSummary(ward, staffId)));
    }

    @GetMapping(value = "/wards/{ward}/footer", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String footer(@PathVariable String ward, @RequestParam(defaultValue = "") String signedBy) {
        return templateService.renderFooter(ward, signedBy);
    }

    @GetMapping("/export/done")
    public String exportDone(@RequestParam(defaultValue = "/reports") String returnUrl) {
        return NavigationHelper.backTo(returnUrl);
    }
}
