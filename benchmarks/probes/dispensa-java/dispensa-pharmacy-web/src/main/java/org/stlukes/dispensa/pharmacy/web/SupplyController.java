package org.stlukes.dispensa.pharmacy.web;

import org.springframework.web.bind.annotation.*;
import org.stlukes.dispensa.pharmacy.client.ReferenceClient;
import org.stlukes.dispensa.pharmacy.client.WholesalerClient;

import java.io.IOException;
import java.util.Map;

@RestController
@RequestMapping("/api/supply")
public class SupplyController {

    public record ReferenceLookup(String drugCode, String url) {
    }

    private final ReferenceClient referenceClient;
    private final WholesalerClient wholesalerClient;

    public SupplyController(ReferenceClient referenceClient, WholesalerClient wholesalerClient) {
        this.referenceClient = referenceClient;
        this.wholesalerClient = wholesalerClient;
    }

    @PostMapping("/reference")
    public Map<String, Object> reference(@RequestBody ReferenceLookup lookup) {
        return Map.of("drug", lookup.drugCode(), "document", referenceClient.fetchReference(lookup.url()));
    }

    @GetMapping("/supplier-status")
    public Map<String, Object> supplierStatus(@RequestParam String endpoint) {
        return Map.of("status", referenceClient.supplierStatus(endpoint));
    }

    @GetMapping("/orders/{orderNumber}")
    public Map<String, Object> wholesalerOrder(@PathVariable long orderNumber) throws IOException {
        return Map.of("order", orderNumber, "status", wholesalerClient.orderStatus(orderNumber));
    }

    @GetMapping("/price-list")
    public String priceList() throws IOException {
        return wholesalerClient.priceList();
    }
}
