package com.nacelle.service;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.xpath.XPathExpressionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.nacelle.client.GridOperatorClient;
import com.nacelle.domain.Turbine;
import com.nacelle.repository.CurtailmentRepository;
import com.nacelle.repository.TurbineJdbcRepository;
import com.nacelle.service.DiagnosticsService.CommandResult;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Document;

@Service
public class TurbineService {

    private static final Set<String> DIRECTIONS = Set.of("ASC", "DESC");

    private final TurbineJdbcRepository turbines;
    private final CurtailmentRepository curtailments;
    private final DiagnosticsService diagnostics;
    private final GridOperatorClient gridClient;
    private final GridXmlService gridXml;
    private final RestTemplate scada;

    public TurbineService(TurbineJdbcRepository turbines, CurtailmentRepository curtailments,
                          DiagnosticsService diagnostics, GridOperatorClient gridClient, GridXmlService gridXml,
                          @Qualifier("scadaRestTemplate") RestTemplate scada) {
        this.turbines = turbines;
        this.curtailments = curtailments;
        this.diagnostics = diagnostics;
        this.gridClient = gridClient;
        this.gridXml = gridXml;
        this.scada = scada;
    }

    public List<Turbine> siteOverview(String siteCode, String sortColumn, String direction) {
        String dir = direction == null ? "ASC" : direction.toUpperCase(Locale.ROOT);
        if (!DIRECTIONS.contains(dir)) {
            throw new IllegalArgumentException("Sort direction must be ASC or DESC");
        }
        String column = (sortColumn == null || sortColumn.isBlank()) ? "t.tag" : sortColumn;
        return turbines.findBySite(siteCode, column, dir);
    }

    public List<Turbine> byModel(String model, String sortKey) {
        return turbines.findByModel(model, sortKey);
    }

    public Turbine require(long id) {
        return turbines.findById(id).orElseThrow(() -> new NotFoundException("Turbine " + id));
    }

    /**
     * Reachability check of the turbine PLC. Technicians on site can override the registered
     * address when a controller has been swapped and the asset register is not yet updated.
     */
    public CommandResult pingController(long turbineId, String overrideAddress) throws IOException, InterruptedException {
        Turbine turbine = require(turbineId);
        String address = (overrideAddress != null && !overrideAddress.isBlank()) ? overrideAddress.trim() : turbine.controllerAddress();
        return diagnostics.pingController(address);
    }

    /** Live status from the on-site SCADA gateway (yaw, pitch, alarms). */
    public JsonNode scadaStatus(long turbineId) {
        Turbine turbine = require(turbineId);
        return scada.getForObject("/api/v1/turbines/{tag}/status", JsonNode.class, turbine.tag());
    }

    public CommandResult traceroute(long turbineId, String via) throws IOException, InterruptedException {
        Turbine turbine = require(turbineId);
        return diagnostics.traceroute(via == null ? turbine.controllerAddress() : via);
    }

    public JsonNode forecast(String siteCode, String sourceUrl, int horizonHours) {
        if (sourceUrl != null && !sourceUrl.isBlank()) {
            return gridClient.fetchForecast(sourceUrl);
        }
        return gridClient.fetchDefaultForecast(siteCode, horizonHours);
    }

    /** Current active power limit for one turbine according to the latest TSO dispatch for its zone. */
    public Optional<String> currentTurbineLimit(String gridZone, String turbineTag) throws IOException, XPathExpressionException {
        Optional<String> xml = curtailments.latestDispatchXml(gridZone);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        Document doc = gridXml.parseStored(xml.get());
        return gridXml.turbineLimitKw(doc, turbineTag);
    }

    public Optional<String> currentZoneLimit(String gridZone) throws IOException, XPathExpressionException {
        Optional<String> xml = curtailments.latestDispatchXml(gridZone);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        return gridXml.zoneLimitMw(gridXml.parseStored(xml.get()), gridZone);
    }

    public static class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }
}
