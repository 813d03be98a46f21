package com.dosewell.edi.web;

import com.dosewell.edi.model.ContractPrice;
import com.dosewell.edi.model.PurchaseOrderSummary;
import com.dosewell.edi.repository.SupplierOrderRepository;
import com.dosewell.edi.security.SupplierTokenReader;
import com.dosewell.edi.service.ContractPriceService;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/edi/portal")
public class SupplierPortalController {

    private final SupplierTokenReader tokenReader;
    private final ContractPriceService contractPrices;
    private final SupplierOrderRepository orders;
    private final PortalPageRenderer renderer;

    public SupplierPortalController(SupplierTokenReader tokenReader, ContractPriceService contractPrices,
                                    SupplierOrderRepository orders, PortalPageRenderer renderer) {
        this.tokenReader = tokenReader;
        this.contractPrices = contractPrices;
        this.orders = orders;
        this.renderer = renderer;
    }

    @GetMapping(path = "/welcome", produces = MediaType.TEXT_HTML_VALUE)
    public Mono<String> welcome(@RequestParam("name") String name,
                                @RequestParam(name = "website", required = false) String website) {
        return Mono.just(renderer.welcome(name, website));
    }

    @GetMapping("/prices")
    public Mono<List<ContractPrice>> prices(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                            @RequestParam(name = "sku", required = false) String sku,
                                            @RequestParam(name = "gtin", required = false) String gtin) {
        String supplier = tokenReader.supplierCode(authorization);
        if (sku == null && gtin == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "sku or gtin required"));
        }
        return Mono.fromCallable(() -> sku != null
                        ? contractPrices.bySku(supplier, sku)
                        : contractPrices.byGtin(supplier, gtin))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/orders")
    public Flux<PurchaseOrderSummary> openOrders(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String supplier = tokenReader.supplierCode(authorization);
        return orders.findByStatus("RECEIVED").filter(o -> supplier.equals(o.supplierCode()));
    }
}
