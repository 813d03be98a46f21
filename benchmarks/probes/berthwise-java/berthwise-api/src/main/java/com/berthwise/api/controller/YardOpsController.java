package com.berthwise.api.controller;

import com.berthwise.api.dto.ApiRequests.ReeferProbeRequest;
import com.berthwise.api.dto.ApiRequests.TariffSimulationRequest;
import com.berthwise.core.security.TokenService;
import com.berthwise.core.service.*;
import com.berthwise.core.service.CargoSnapshotCodec.YardSnapshot;
import com.berthwise.core.service.ReeferDiagnosticsService.DiagnosticResult;
import com.berthwise.core.service.ReeferDiagnosticsService.ReeferProbe;
import com.berthwise.core.service.TariffRuleEngine.TariffContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.*;
import lombok.RequiredArgsConstructor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

@Controller("/api/yard")
@RequiredArgsConstructor
public class YardOpsController {
    private final ReeferDiagnosticsService diagnostics;
    private final TariffRuleEngine tariffs;
    private final CraneTelemetryClient telemetry;
    private final StowageXPathService stowage;
    private final CargoSnapshotCodec snapshots;
    private final TokenService tokens;

    @Post("/reefers/ping")
    public DiagnosticResult pingReefer(@Body ReeferProbeRequest request, @Header("Authorization") String authorization)
            throws Exception {
        String operator = tokens.verify(authorization).username();
        return diagnostics.pingController(new ReeferProbe(request.unitId(), request.controllerHost(), operator));
    }

    @Get("/reefers/trace")
    public DiagnosticResult traceReefer(@QueryValue String host) throws Exception {
        return diagnostics.traceController(host);
    }

    @Post("/reefers/collect-logs")
    public DiagnosticResult collectLogs() throws Exception {
        return diagnostics.collectControllerLogs();
    }

    @Post("/tariffs/simulate")
    public Map<String, BigDecimal> simulateTariff(@Body TariffSimulationRequest request) {
        TariffContext context = new TariffContext(request.baseRate(), request.reefer(), request.dwellDays(), request.outOfGauge());
        return Map.of("amount", tariffs.simulate(request.ruleExpression(), context));
    }

    @Get("/tariffs/{rule}")
    public Map<String, BigDecimal> applyTariff(@PathVariable String rule, @QueryValue BigDecimal baseRate,
                                               @QueryValue(defaultValue = "false") boolean reefer,
                                               @QueryValue(defaultValue = "0") int dwellDays) {
        return Map.of("amount", tariffs.applyPreset(rule, new TariffContext(baseRate, reefer, dwellDays, false)));
    }

    @Get(value = "/cranes/snapshot", produces = MediaType.APPLICATION_JSON)
    public String craneSnapshot(@QueryValue("source") String source) throws Exception {
        return telemetry.fetchSnapshot(source);
    }

    @Get("/stowage/{callId}/{containerNo}/slot")
    public Map<String, String> slot(@PathVariable String callId, @PathVariable String containerNo) throws Exception {
        return Map.of("containerNo", containerNo, "slot", stowage.slotFor(callId, containerNo));
    }

    @Get("/stowage/{callId}/{containerNo}/weight")
    public Map<String, String> weight(@PathVariable String callId, @PathVariable String containerNo) throws Exception {
        return Map.of("containerNo", containerNo, "weightKg", stowage.weightFor(callId, containerNo));
    }

    @Post(value = "/snapshots/legacy", consumes = MediaType.APPLICATION_OCTET_STREAM)
    public HttpResponse<YardSnapshot> importLegacySnapshot(@Body byte[] payload) throws Exception {
        return HttpResponse.created(snapshots.readLegacySnapshot(new ByteArrayInputStream(payload)));
    }

    @Post(value = "/snapshots", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<YardSnapshot> importSnapshot(@Body String json) throws Exception {
        return HttpResponse.created(snapshots.readJsonSnapshot(json));
    }
}
