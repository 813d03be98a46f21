package com.berthwise.api.controller;

import com.berthwise.core.model.VesselCall;
import com.berthwise.core.repository.BerthPlanJdbcRepository.BerthPlanRow;
import com.berthwise.core.service.DocumentStorageService;
import com.berthwise.core.service.VesselCallService;
import com.berthwise.core.util.HtmlText;
import com.berthwise.core.util.InputRules;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.*;
import lombok.RequiredArgsConstructor;
import java.util.List;
import java.util.Locale;

@Controller("/api/vessel-calls")
@RequiredArgsConstructor
public class VesselCallController {
    private final VesselCallService calls;
    private final DocumentStorageService documents;

    @Get("/search")
    public List<VesselCall> search(@QueryValue String name) {
        return calls.search(name);
    }

    @Get("/{imo}")
    public HttpResponse<VesselCall> byImo(@PathVariable String imo) {
        if (!InputRules.isImo(imo)) {
            return HttpResponse.badRequest();
        }
        return calls.byImo(imo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(value = "/{imo}/card", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> card(@PathVariable String imo, @QueryValue(defaultValue = "") String note) {
        VesselCall call = calls.byImo(imo).orElse(null);
        if (call == null) {
            return HttpResponse.notFound();
        }
        String html = "<section class=\"call-card\"><h2>" + HtmlText.escape(call.getVesselName()) + "</h2>"
                + "<p>Berth " + HtmlText.escape(call.getBerthCode()) + " &middot; " + call.getStatus() + "</p>"
                + "<p class=\"note\">" + HtmlText.escape(note) + "</p></section>";
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML); // SAFE xss
    }

    @Get(value = "/{imo}/status-badge", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> statusBadge(@PathVariable String imo) {
        VesselCall.Status status = calls.byImo(imo).map(VesselCall::getStatus).orElse(VesselCall.Status.PLANNED);
        String css = status.name().toLowerCase(Locale.ROOT);
        return HttpResponse.ok("<span class=\"badge badge-" + css + "\">" + status + "</span>").contentType(MediaType.TEXT_HTML); // SAFE xss
    }

    @Get("/holds")
    public List<Object[]> holds(@QueryValue String agency, @QueryValue(defaultValue = "") String reference) {
        return calls.holdsForCall(agency, reference);
    }

    @Get("/berth-plan")
    public List<BerthPlanRow> berthPlan(@QueryValue String quay, @QueryValue(defaultValue = "eta") String sort,
                                        @QueryValue(defaultValue = "100") int limit) throws Exception {
        return calls.berthPlan(quay, sort, limit);
    }

    @Get("/berth-plan/by-vessel")
    public List<BerthPlanRow> berthPlanForVessel(@QueryValue String vessel) throws Exception {
        return calls.berthPlanForVessel(vessel);
    }

    @Get("/{callRef}/documents/{fileName}")
    public HttpResponse<byte[]> callDocument(@PathVariable String callRef, @PathVariable String fileName) throws Exception {
        byte[] content = documents.readCallDocument(callRef, fileName);
        return HttpResponse.ok(content).header("ETag", documents.etag(content))
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE);
    }

    @Get("/berth-plans/{fileName}")
    public HttpResponse<byte[]> berthPlanPdf(@PathVariable String fileName) throws Exception {
        return HttpResponse.ok(documents.readBerthPlanPdf(fileName)).contentType(MediaType.of("application/pdf"));
    }
}
