package com.cargomark.web;

import java.net.URI;
import java.util.UUID;

import com.cargomark.domain.Shipment;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.CarrierTrackingClient;
import com.cargomark.service.CarrierTrackingClient.TrackingSnapshot;
import com.cargomark.service.LabelFormat;
import com.cargomark.service.LabelService;
import com.cargomark.service.ShipmentService;
import com.cargomark.web.dto.CreateShipmentRequest;
import com.cargomark.web.dto.PageResponse;
import com.cargomark.web.dto.ShipmentSearchCriteria;
import com.cargomark.web.dto.ShipmentSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    public record TrackingUpdate(@NotBlank @Size(max = 10) String carrierCode,
                                 @NotBlank @Size(max = 40) String trackingNumber,
                                 @Size(max = 1000) String trackingUrl) {
    }

    private final ShipmentService shipmentService;
    private final CarrierTrackingClient trackingClient;
    private final LabelService labelService;

    public ShipmentController(ShipmentService shipmentService, CarrierTrackingClient trackingClient,
                              LabelService labelService) {
        this.shipmentService = shipmentService;
        this.trackingClient = trackingClient;
        this.labelService = labelService;
    }

    @GetMapping
    public PageResponse<ShipmentSummary> search(@RequestParam(required = false) String status,
                                               @RequestParam(required = false) String origin,
                                               @RequestParam(defaultValue = "created_at") String sort,
                                               @RequestParam(defaultValue = "desc") String direction,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size,
                                               @AuthenticationPrincipal CustomerScoped principal) {
        ShipmentSearchCriteria criteria = new ShipmentSearchCriteria(principal.customerId(), status, origin,
                sort, direction, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        return shipmentService.search(criteria);
    }

    @PostMapping
    public ResponseEntity<Shipment> create(@Valid @RequestBody CreateShipmentRequest request,
                                           @AuthenticationPrincipal CustomerScoped principal) {
        Shipment shipment = shipmentService.create(principal.customerId(), request);
        return ResponseEntity.created(URI.create("/api/shipments/" + shipment.getId())).body(shipment);
    }

    @GetMapping("/{id}")
    public Shipment get(@PathVariable UUID id, @AuthenticationPrincipal CustomerScoped principal) {
        return shipmentService.get(id, principal.customerId());
    }

    @PatchMapping("/{id}/tracking")
    public Shipment updateTracking(@PathVariable UUID id, @Valid @RequestBody TrackingUpdate update,
                                   @AuthenticationPrincipal CustomerScoped principal) {
        return shipmentService.updateTracking(id, principal.customerId(),
                update.carrierCode(), update.trackingNumber(), update.trackingUrl());
    }

    @GetMapping("/{id}/tracking/live")
    public TrackingSnapshot liveTracking(@PathVariable UUID id, @AuthenticationPrincipal CustomerScoped principal) {
        Shipment shipment = shipmentService.get(id, principal.customerId());
        return trackingClient.track(shipment.getCarrierCode(), shipment.getTrackingNumber());
    }

    @GetMapping(value = "/{id}/label", produces = {"application/x-zpl", MediaType.TEXT_PLAIN_VALUE})
    public ResponseEntity<String> label(@PathVariable UUID id,
                                        @RequestParam(required = false) String format,
                                        @RequestParam(defaultValue = "1") int packages,
                                        @AuthenticationPrincipal CustomerScoped principal) {
        Shipment shipment = shipmentService.get(id, principal.customerId());
        LabelFormat labelFormat = LabelFormat.fromParam(format);
        String body = labelService.render(shipment, labelFormat, Integer.toString(Math.max(packages, 1)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(labelFormat.contentType())).body(body);
    }
}
