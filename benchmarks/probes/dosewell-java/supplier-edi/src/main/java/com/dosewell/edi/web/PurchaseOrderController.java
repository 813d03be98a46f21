package com.dosewell.edi.web;

import com.dosewell.edi.model.AckRequest;
import com.dosewell.edi.model.Invoice;
import com.dosewell.edi.model.LegacyPriceUpdate;
import com.dosewell.edi.model.LegacyShipNotice;
import com.dosewell.edi.model.OrderReceipt;
import com.dosewell.edi.model.PurchaseOrderSummary;
import com.dosewell.edi.repository.SupplierOrderRepository;
import com.dosewell.edi.service.AckFormatter;
import com.dosewell.edi.service.EdiParserService;
import com.dosewell.edi.service.LegacyEnvelopeService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/edi/orders")
public class PurchaseOrderController {

    private static final Logger log = LoggerFactory.getLogger(PurchaseOrderController.class);

    private final EdiParserService parser;
    private final SupplierOrderRepository orders;
    private final AckFormatter ackFormatter;
    private final LegacyEnvelopeService legacy;

    public PurchaseOrderController(EdiParserService parser, SupplierOrderRepository orders,
                                   AckFormatter ackFormatter, LegacyEnvelopeService legacy) {
        this.parser = parser;
        this.orders = orders;
        this.ackFormatter = ackFormatter;
        this.legacy = legacy;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<ResponseEntity<OrderReceipt>> receiveOrder(@RequestBody String xml) {
        return Mono.fromCallable(() -> parser.parseOrder(xml))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(order -> orders.save(order, xml))
                .map(order -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(new OrderReceipt(order.poNumber(), "RECEIVED")))
                .onErrorResume(IllegalArgumentException.class, e -> {
                    log.warn("Rejected purchase order: {}", e.getMessage());
                    return Mono.just(ResponseEntity.badRequest().body(new OrderReceipt(null, "REJECTED")));
                });
    }

    @PostMapping(path = "/invoices", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<Invoice> receiveInvoice(@RequestBody String xml) {
        return Mono.fromCallable(() -> parser.parseInvoice(xml))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(invoice -> orders.updateStatus(invoice.poNumber(), "INVOICED").thenReturn(invoice));
    }

    @PostMapping(path = "/legacy/ship-notices", consumes = MediaType.APPLICATION_XML_VALUE)
    public Mono<LegacyShipNotice> receiveShipNotice(@RequestBody String xml) {
        return Mono.fromCallable(() -> legacy.readShipNotice(xml))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(asn -> orders.updateStatus(asn.poNumber, "SHIPPED").thenReturn(asn));
    }

    @PostMapping(path = "/legacy/price-updates", consumes = MediaType.APPLICATION_XML_VALUE)
    public Mono<LegacyPriceUpdate> receivePriceUpdate(@RequestBody String xml) {
        return Mono.fromCallable(() -> legacy.readPriceUpdate(xml)).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping
    public Flux<PurchaseOrderSummary> bySupplier(@RequestParam("supplier") String supplier,
                                                 @RequestParam(name = "limit", defaultValue = "50") int limit) {
        return orders.findBySupplier(supplier, limit);
    }

    @GetMapping("/by-status")
    public Flux<PurchaseOrderSummary> byStatus(@RequestParam("status") String status) {
        return orders.findByStatus(status);
    }

    @GetMapping("/{po}/raw")
    public Mono<Map<String, String>> raw(@PathVariable("po") String po) {
        return orders.findRawXml(po)
                .map(xml -> Map.of("poNumber", po, "document", xml))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping(path = "/{po}/ack", produces = MediaType.TEXT_PLAIN_VALUE)
    public Mono<String> acknowledge(@PathVariable("po") String po, @RequestBody AckRequest request) {
        return orders.updateStatus(po, "ACKNOWLEDGED")
                .map(updated -> {
                    if (updated == 0) {
                        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown PO " + po);
                    }
                    return ackFormatter.withRemarks(po, request);
                });
    }
}
