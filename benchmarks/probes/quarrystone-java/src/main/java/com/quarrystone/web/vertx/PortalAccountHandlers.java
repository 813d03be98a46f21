package com.quarrystone.web.vertx;

import com.quarrystone.dto.QuoteRequest;
import com.quarrystone.repository.CustomerRepository;
import com.quarrystone.service.InvoiceService;
import com.quarrystone.service.PricingEngine;
import com.quarrystone.service.TokenService.PortalPrincipal;
import com.quarrystone.service.WebhookService;
import com.quarrystone.util.RedirectPolicy;
import com.quarrystone.util.UrlPolicy;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;

/** Portal account settings, statements, quotes and navigation helpers. */
public class PortalAccountHandlers {

    private final CustomerRepository customers;
    private final WebhookService webhooks;
    private final InvoiceService invoices;
    private final PricingEngine pricing;

    public PortalAccountHandlers(CustomerRepository customers, WebhookService webhooks,
                                 InvoiceService invoices, PricingEngine pricing) {
        this.customers = customers;
        this.webhooks = webhooks;
        this.invoices = invoices;
        this.pricing = pricing;
    }

    public void mount(Router router) {
        router.post("/portal/settings").handler(this::saveSettings);
        router.post("/portal/webhooks/test").handler(this::testWebhook);
        router.get("/portal/statement").handler(this::statement);
        router.post("/portal/quote").handler(this::quote);
        router.get("/portal/go").handler(this::go);
        router.get("/portal/home").handler(this::home);
    }

    private void saveSettings(RoutingContext ctx) {
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            ctx.fail(400);
            return;
        }
        String tradingName = body.getString("tradingName");
        String footer = body.getString("invoiceFooter");
        String webhookUrl = body.getString("webhookUrl");
        if (webhookUrl != null && !UrlPolicy.looksLikeHttpUrl(webhookUrl)) {
            ctx.response().setStatusCode(422).end("webhookUrl must be http(s)");
            return;
        }
        ctx.vertx().executeBlocking(() -> {
            if (tradingName != null && !tradingName.isBlank()) {
                customers.updateTradingName(p.customerId, tradingName.trim());
            }
            if (footer != null) {
                customers.updateInvoiceFooter(p.customerId, footer);
            }
            if (webhookUrl != null) {
                customers.updateWebhookUrl(p.customerId, webhookUrl);
            }
            return Boolean.TRUE;
        }).onSuccess(ok -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    private void testWebhook(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        String url = body == null ? null : body.getString("url");
        ctx.vertx().executeBlocking(() -> webhooks.probe(url))
                .onSuccess(result -> ctx.response().putHeader("Content-Type", "text/plain").end(result))
                .onFailure(err -> ctx.response().setStatusCode(502).end("Webhook test failed: " + err.getMessage()));
    }

    private void statement(RoutingContext ctx) {
        PortalPrincipal p = ctx.get(PortalVerticle.PRINCIPAL);
        ctx.vertx().executeBlocking(() -> invoices.statementHtml(p.customerId))
                .onSuccess(html -> ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(html))
                .onFailure(ctx::fail);
    }

    private void quote(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            ctx.fail(400);
            return;
        }
        QuoteRequest q = new QuoteRequest(
                body.getString("product"),
                new BigDecimal(body.getValue("tonnes", 0).toString()),
                new BigDecimal(body.getValue("miles", 0).toString()),
                body.getString("rateExpression"));
        ctx.vertx().executeBlocking(() -> pricing.customQuote(q))
                .onSuccess(price -> ctx.json(new JsonObject().put("product", q.getProductCode()).put("price", price.toPlainString())))
                .onFailure(err -> ctx.response().setStatusCode(422).end(err.getMessage()));
    }

    private void go(RoutingContext ctx) {
        String to = ctx.request().getParam("to");
        ctx.redirect(RedirectPolicy.portalDestination(to)); // VULN redirect
    }

    private void home(RoutingContext ctx) {
        String to = ctx.request().getParam("to");
        ctx.redirect(RedirectPolicy.portalDestinationOrHome(to)); // SAFE redirect
    }
}
