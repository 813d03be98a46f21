package com.tariffly.controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tariffly.dto.ApiModels.ConsoleClaims;
import com.tariffly.dto.ApiModels.DutyContext;
import com.tariffly.model.CustomsDeclaration;
import com.tariffly.model.Shipment;
import com.tariffly.repository.AuditTrailDao;
import com.tariffly.service.DeclarationService;
import com.tariffly.service.DutyCalculationService;
import com.tariffly.service.NoticeRenderer;
import com.tariffly.service.ShipmentService;
import com.tariffly.web.TenantContextFilter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * Internal compliance console (server-rendered) used by customs compliance
 * officers to review declarations, draft notices and test duty rules.
 */
@Controller
@RequestMapping("/console")
public class ComplianceConsoleController {

    private final DeclarationService declarationService;
    private final ShipmentService shipmentService;
    private final DutyCalculationService dutyService;
    private final NoticeRenderer noticeRenderer;
    private final AuditTrailDao auditTrail;

    public ComplianceConsoleController(DeclarationService declarationService, ShipmentService shipmentService,
                                       DutyCalculationService dutyService, NoticeRenderer noticeRenderer,
                                       AuditTrailDao auditTrail) {
        this.declarationService = declarationService;
        this.shipmentService = shipmentService;
        this.dutyService = dutyService;
        this.noticeRenderer = noticeRenderer;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/declarations/{id}")
    public String declaration(@PathVariable long id, HttpServletRequest request, Model model) {
        ConsoleClaims claims = requireRole(request, "BROKER", "COMPLIANCE");
        CustomsDeclaration decl = declarationService.get(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("decl", decl);
        model.addAttribute("escapedRemarks",
                decl.getBrokerRemarks() == null ? "" : HtmlUtils.htmlEscape(decl.getBrokerRemarks()).replace("\n", "<br/>"));
        model.addAttribute("officer", claims.subject());
        return "console/declaration";
    }

    @GetMapping("/shipments/{id}")
    public String shipment(@PathVariable long id, HttpServletRequest request, Model model) {
        requireRole(request, "BROKER", "COMPLIANCE");
        Shipment shipment = shipmentService.get(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("shipment", shipment);
        model.addAttribute("trackingLink",
                shipment.getTrackingUrl() == null ? null : HtmlUtils.htmlEscape(shipment.getTrackingUrl()));
        return "console/shipment";
    }

    @PostMapping("/declarations/{id}/annotate")
    public String annotate(@PathVariable long id, @RequestParam String note, HttpServletRequest request) {
        ConsoleClaims claims = requireRole(request, "BROKER", "COMPLIANCE");
        String tenant = (String) request.getAttribute(TenantContextFilter.TENANT_ATTR);
        auditTrail.record(tenant, claims.subject(), "ANNOTATE:" + id, note);
        return "redirect:/console/declarations/" + id;
    }

    @GetMapping(value = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Map<String, Object>> audit(HttpServletRequest request,
                                           @RequestParam(defaultValue = "50") int limit) {
        requireRole(request, "COMPLIANCE");
        String tenant = (String) request.getAttribute(TenantContextFilter.TENANT_ATTR);
        return auditTrail.recent(tenant, limit);
    }

    @PostMapping("/rules/preview")
    public String previewRule(@RequestParam String expression, @RequestParam long declarationId,
                              HttpServletRequest request, Model model) {
        requireRole(request, "COMPLIANCE");
        CustomsDeclaration decl = declarationService.get(declarationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        DutyContext sample = new DutyContext(decl.getCustomsValue(), null, decl.getOriginCountry(), decl.getHsCode());
        Object result = dutyService.previewRule(expression, sample);
        model.addAttribute("expression", expression);
        model.addAttribute("result", String.valueOf(result));
        model.addAttribute("decl", decl);
        return "console/rule-preview";
    }

    @PostMapping(value = "/notices/draft-preview", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    public String previewDraftNotice(@RequestParam String body, @RequestParam long declarationId,
                                     HttpServletRequest request) {
        requireRole(request, "COMPLIANCE");
        return noticeRenderer.renderDraft(body, noticeVariables(declarationId));
    }

    @GetMapping(value = "/notices/{type}/{declarationId}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String standardNotice(@PathVariable String type, @PathVariable long declarationId,
                                 HttpServletRequest request) {
        requireRole(request, "BROKER", "COMPLIANCE");
        return noticeRenderer.renderStandard(type, noticeVariables(declarationId));
    }

    private Map<String, Object> noticeVariables(long declarationId) {
        CustomsDeclaration decl = declarationService.get(declarationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> vars = new HashMap<>();
        vars.put("decl", decl);
        vars.put("mrn", decl.getMrn());
        vars.put("brokerRef", decl.getBrokerRef());
        return vars;
    }

    private static ConsoleClaims requireRole(HttpServletRequest request, String... roles) {
        ConsoleClaims claims = (ConsoleClaims) request.getAttribute(TenantContextFilter.CONSOLE_CLAIMS_ATTR);
        if (claims == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        for (String role : roles) {
            if (role.equals(claims.role())) {
                return claims;
            }
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
