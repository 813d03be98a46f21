package com.cargomark.web;

import java.time.Duration;
import java.util.List;

import com.cargomark.domain.Shipment;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.ShipmentService;
import com.cargomark.web.dto.PageResponse;
import com.cargomark.web.dto.ShipmentSearchCriteria;
import com.cargomark.web.dto.ShipmentSummary;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/widget/tracking")
public class TrackingWidgetController {

    private final ShipmentService shipmentService;
    private final TrackingBadgeRenderer badgeRenderer;

    public TrackingWidgetController(ShipmentService shipmentService, TrackingBadgeRenderer badgeRenderer) {
        this.shipmentService = shipmentService;
        this.badgeRenderer = badgeRenderer;
    }

    @GetMapping(value = "/{reference}/badge", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> badge(@PathVariable String reference, @RequestParam("key") String widgetKey) {
        Shipment shipment = shipmentService.getForWidget(reference, widgetKey);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(badgeRenderer.render(shipment));
    }

    /** "My shipments" widget for customers embedding the portal in their intranet. */
    @GetMapping("/shipments")
    public List<ShipmentSummary> myShipments(@AuthenticationPrincipal CustomerScoped principal) {
        ShipmentSearchCriteria criteria = new ShipmentSearchCriteria(principal.customerId(), null, null,
                "created_at", "desc", 0, 20);
        PageResponse<ShipmentSummary> page = shipmentService.search(criteria);
        return page.items();
    }
}
