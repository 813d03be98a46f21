package com.nacelle.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.xml.xpath.XPathExpressionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.nacelle.domain.Turbine;
import com.nacelle.service.DiagnosticsService.CommandResult;
import com.nacelle.service.TurbineService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/turbines")
public class TurbineController {

    public record DiagnosticsRequest(String controllerAddress, String reason) {
    }

    private final TurbineService turbineService;

    public TurbineController(TurbineService turbineService) {
        this.turbineService = turbineService;
    }

    @GetMapping
    public List<Turbine> list(@RequestParam String site,
                              @RequestParam(required = false) String sort,
                              @RequestParam(defaultValue = "ASC") String dir) {
        return turbineService.siteOverview(site, sort, dir);
    }

    @GetMapping("/by-model")
    public List<Turbine> byModel(@RequestParam String model, @RequestParam(required = false) String sort) {
        return turbineService.byModel(model, sort);
    }

    @GetMapping("/{id}")
    public Turbine get(@PathVariable long id) {
        return turbineService.require(id);
    }

    @GetMapping("/{id}/scada")
    public JsonNode scadaStatus(@PathVariable long id) {
        return turbineService.scadaStatus(id);
    }

    @PostMapping("/{id}/diagnostics/ping")
    public ResponseEntity<CommandResult> ping(@PathVariable long id, @RequestBody DiagnosticsRequest request)
            throws IOException, InterruptedException {
        CommandResult result = turbineService.pingController(id, request.controllerAddress());
        return result.ok() ? ResponseEntity.ok(result) : ResponseEntity.status(502).body(result);
    }

    @GetMapping("/{id}/diagnostics/traceroute")
    public CommandResult traceroute(@PathVariable long id, @RequestParam(required = false) String via)
            throws IOException, InterruptedException {
        return turbineService.traceroute(id, via);
    }

    @GetMapping("/sites/{siteCode}/forecast")
    public JsonNode forecast(@PathVariable String siteCode,
                             @RequestParam(required = false) String source,
                             @RequestParam(defaultValue = "48") int horizon) {
        return turbineService.forecast(siteCode, source, Math.min(horizon, 168));
    }

    @GetMapping("/limits")
    public ResponseEntity<Map<String, String>> turbineLimit(@RequestParam String zone, @RequestParam String tag)
            throws IOException, XPathExpressionException {
        return turbineService.currentTurbineLimit(zone, tag)
                .map(kw -> ResponseEntity.ok(Map.of("tag", tag, "limitKw", kw)))
                .orElse(ResponseEntity.noContent().build());
    }

    @GetMapping("/limits/zone")
    public ResponseEntity<Map<String, String>> zoneLimit(@RequestParam String zone)
            throws IOException, XPathExpressionException {
        return turbineService.currentZoneLimit(zone)
                .map(mw -> ResponseEntity.ok(Map.of("zone", zone, "limitMw", mw)))
                .orElse(ResponseEntity.noContent().build());
    }
}
