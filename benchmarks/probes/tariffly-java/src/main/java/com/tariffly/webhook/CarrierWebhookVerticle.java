package com.tariffly.webhook;

import java.util.List;

import com.tariffly.client.CarrierGatewayClient;
import com.tariffly.dto.ApiModels.CarrierStatus;
import com.tariffly.service.CustomsXmlService;
import com.tariffly.service.ShipmentService;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lightweight HTTP endpoint (separate port, exposed through the partner
 * gateway) receiving status pushes and EDI XML from carriers.
 */
@Component
public class CarrierWebhookVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(CarrierWebhookVerticle.class);

    private final ShipmentService shipmentService;
    private final CarrierGatewayClient gatewayClient;
    private final CustomsXmlService xmlService;
    private final int port;
    private Vertx runtime;

    public CarrierWebhookVerticle(ShipmentService shipmentService, CarrierGatewayClient gatewayClient,
                                  CustomsXmlService xmlService,
                                  @Value("${tariffly.carrier.webhook-port}") int port) {
        this.shipmentService = shipmentService;
        this.gatewayClient = gatewayClient;
        this.xmlService = xmlService;
        this.port = port;
    }

    @PostConstruct
    void deploy() {
        runtime = Vertx.vertx();
        runtime.deployVerticle(this);
    }

    @PreDestroy
    void shutdown() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Override
    public void start(Promise<Void> startPromise) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(2 * 1024 * 1024));
        router.post("/carrier/:carrierCode/status").handler(this::onStatus);
        router.post("/carrier/:carrierCode/edi-status").handler(this::onEdiStatus);
        router.post("/carrier/:carrierCode/manifest").handler(this::onManifest);
        vertx.createHttpServer()
                .requestHandler(router)
                .listen(port)
                .onSuccess(server -> startPromise.complete())
                .onFailure(startPromise::fail);
    }

    private void onStatus(RoutingContext ctx) {
        String carrierCode = ctx.pathParam("carrierCode");
        JsonObject body = ctx.body().asJsonObject();
        String shipmentRef = body.getString("shipmentRef");
        String status = body.getString("status");
        String trackingUrl = body.getString("trackingUrl");
        String callbackUrl = body.getString("callbackUrl");
        vertx.executeBlocking(() -> {
            boolean known = shipmentService.recordCarrierUpdate(shipmentRef, status, trackingUrl);
            if (known) {
                if (callbackUrl != null && !callbackUrl.isBlank()) {
                    gatewayClient.acknowledge(callbackUrl, shipmentRef);
                } else {
                    gatewayClient.acknowledgeRegistered(carrierCode, shipmentRef);
                }
            }
            return known;
        }).onSuccess(known -> ctx.response().setStatusCode(known ? 202 : 404).end())
          .onFailure(err -> {
              log.error("Carrier status from {} failed", carrierCode, err);
              ctx.response().setStatusCode(500).end();
          });
    }

    private void onEdiStatus(RoutingContext ctx) {
        String xml = ctx.body().asString();
        vertx.executeBlocking(() -> {
            CarrierStatus status = xmlService.parseCarrierStatus(xml);
            return shipmentService.recordCarrierUpdate(status.shipmentRef(), status.statusCode(), null);
        }).onSuccess(known -> ctx.response().setStatusCode(known ? 202 : 404).end())
          .onFailure(err -> ctx.response().setStatusCode(400).end(err.getMessage()));
    }

    private void onManifest(RoutingContext ctx) {
        String xml = ctx.body().asString();
        vertx.executeBlocking(() -> xmlService.parseManifestReferences(xml))
                .onSuccess((List<String> refs) -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("houseBills", refs.size()).encode()))
                .onFailure(err -> ctx.response().setStatusCode(400).end());
    }
}
