package com.quarrystone.web.vertx;

import com.quarrystone.domain.WeighTicket;
import com.quarrystone.service.DocumentStore;
import com.quarrystone.service.ReportService;
import com.quarrystone.service.TicketService;
import com.quarrystone.service.TokenService.PortalPrincipal;
import com.quarrystone.service.WeighbridgeXmlImporter;
import com.quarrystone.util.Html;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Portal data views: tickets, documents, uploaded readings and tonnage reports. */
public class PortalDataHandlers {

    private final TicketService tickets;
    private final DocumentStore documents;
    private final WeighbridgeXmlImporter importer;
    private final ReportService reports;

    public PortalDataHandlers(TicketService tickets, DocumentStore documents,
                              WeighbridgeXmlImporter importer, ReportService reports) {
        this.tickets = tickets;
        this.documents = documents;
        this.importer = importer;
        this.reports = reports;
    }

    public void mount(Router router) {
        router.get("/portal/lookup").handler(this::lookup);
        router.get("/portal/trucks/status").handler(this::truckStatus);
        router.get("/portal/tickets").handler(this::listTickets);
        router.get("/portal/tickets/:ticketNo/slip/:file").handler(this::weighSlip);
        router.delete("/portal/tickets/:ticketNo/photos/:file").handler(this::deletePhoto);
        router.get("/portal/readings").handler(this::searchReadings);
        router.get("/portal/reports/tonnage").handler(this::tonnage);
        router.get("/portal/reports/daily").handler(this::daily);
    }

    private void lookup(RoutingContext ctx) {
        String reg = ctx.request().getParam("reg");
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        ctx.vertx().executeBlocking(() -> tickets.forCustomer(p.customerId)).onSuccess(list -> {
            boolean known = reg != null && list.stream().anyMatch(t -> reg.equalsIgnoreCase(t.getTruckReg()));
            if (known) {
                ctx.redirect("/portal/trucks/status?reg=" + java.net.URLEncoder.encode(reg, java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(Html.page("Truck lookup", "<p>Truck <strong>" + reg + "</strong> has not delivered to your account.</p>")); // VULN xss
        }).onFailure(ctx::fail);
    }

    private void truckStatus(RoutingContext ctx) {
        String reg = ctx.request().getParam("reg");
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        ctx.vertx().executeBlocking(() -> tickets.forCustomer(p.customerId)).onSuccess(list -> {
            StringBuilder rows = new StringBuilder("<table><tr><th>Ticket</th><th>Product</th><th>Net t</th></tr>");
            for (WeighTicket t : list) {
                if (reg != null && reg.equalsIgnoreCase(t.getTruckReg())) {
                    rows.append("<tr><td>").append(Html.escape(t.getTicketNo())).append("</td><td>")
                        .append(Html.escape(t.getProductCode())).append("</td><td>").append(t.netTonnes()).append("</td></tr>");
                }
            }
            rows.append("</table>");
            ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(Html.page("Truck " + reg, "<h1>" + Html.escape(reg) + "</h1>" + rows)); // SAFE xss
        }).onFailure(ctx::fail);
    }

    private void listTickets(RoutingContext ctx) {
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        ctx.vertx().executeBlocking(() -> tickets.forCustomer(p.customerId)).onSuccess(list -> {
            JsonArray arr = new JsonArray();
            for (WeighTicket t : list) {
                arr.add(new JsonObject()
                        .put("ticketNo", t.getTicketNo())
                        .put("truck", t.getTruckReg())
                        .put("product", t.getProductCode())
                        .put("netTonnes", t.netTonnes().toPlainString())
                        .put("status", t.getStatus().name()));
            }
            ctx.json(arr);
        }).onFailure(ctx::fail);
    }

    private void weighSlip(RoutingContext ctx) {
        String file = ctx.pathParam("file");
        ctx.vertx().executeBlocking(() -> documents.readWeighSlip(file))
                .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf").end(io.vertx.core.buffer.Buffer.buffer(pdf)))
                .onFailure(err -> ctx.fail(404));
    }

    private void deletePhoto(RoutingContext ctx) {
        String ticketNo = ctx.pathParam("ticketNo");
        String file = ctx.pathParam("file");
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        ctx.vertx().executeBlocking(() -> {
            WeighTicket t = tickets.find(ticketNo).orElseThrow(() -> new IllegalArgumentException("unknown ticket"));
            if (t.getCustomerId() != p.customerId) {
                throw new SecurityException("not your ticket");
            }
            return documents.deletePhoto(t.getTicketNo(), file);
        }).onSuccess(deleted -> ctx.response().setStatusCode(deleted ? 204 : 404).end()).onFailure(ctx::fail);
    }

    private void searchReadings(RoutingContext ctx) {
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        String reg = ctx.request().getParam("reg");
        String bridge = ctx.request().getParam("bridge");
        LocalDate day;
        try {
            day = LocalDate.parse(ctx.request().getParam("day", LocalDate.now().minusDays(1).toString()));
        } catch (DateTimeParseException e) {
            ctx.response().setStatusCode(400).end("day must be yyyy-mm-dd");
            return;
        }
        ctx.vertx().executeBlocking(() -> bridge != null
                        ? importer.readingsForBridge(day, p.customerId, bridge)
                        : importer.readingsForTruck(day, p.customerId, reg == null ? "" : reg.trim()))
                .onSuccess(list -> {
                    JsonArray arr = new JsonArray();
                    list.forEach(r -> arr.add(new JsonObject().put("ticket", r.getTicketNo()).put("reg", r.getTruckReg()).put("kg", r.getKilograms().toPlainString())));
                    ctx.json(arr);
                })
                .onFailure(err -> ctx.response().setStatusCode(400).end(err.getMessage()));
    }

    private void tonnage(RoutingContext ctx) {
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        String site = ctx.request().getParam("site");
        String from = ctx.request().getParam("from");
        ctx.vertx().executeBlocking(() -> reports.tonnageByProduct(p.customerId, site, from))
                .onSuccess(map -> ctx.json(new JsonObject(new java.util.LinkedHashMap<String, Object>(map))))
                .onFailure(ctx::fail);
    }

    private void daily(RoutingContext ctx) {
        String site = ctx.request().getParam("site");
        ctx.vertx().executeBlocking(() -> reports.dailyTotals(site, ctx.request().getParam("from"), ctx.request().getParam("to")))
                .onSuccess(map -> {
                    JsonObject out = new JsonObject();
                    map.forEach((day, tonnes) -> out.put(day.toString(), tonnes.toPlainString()));
                    ctx.json(out);
                })
                .onFailure(ctx::fail);
    }

    static List<String> columns() {
        return List.of("ticketNo", "truck", "product", "netTonnes", "status");
    }
}
