package com.cargomark.web;

import java.util.UUID;

import com.cargomark.domain.Shipment;
import com.cargomark.repository.DeclarationRepository;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.ShipmentService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/portal/shipments")
public class ShipmentPageController {

    private final ShipmentService shipmentService;
    private final DeclarationRepository declarations;

    public ShipmentPageController(ShipmentService shipmentService, DeclarationRepository declarations) {
        this.shipmentService = shipmentService;
        this.declarations = declarations;
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable UUID id, @AuthenticationPrincipal CustomerScoped principal, Model model) {
        Shipment shipment = shipmentService.get(id, principal.customerId());
        model.addAttribute("shipment", shipment);
        model.addAttribute("declarations", declarations.findForShipment(shipment.getId()));
        model.addAttribute("currentPath", "/portal/shipments/" + shipment.getId());
        return "shipments/detail";
    }

    @PostMapping("/{id}/duplicate")
    public String duplicate(@PathVariable UUID id, @AuthenticationPrincipal CustomerScoped principal) {
        Shipment copy = shipmentService.duplicate(id, principal.customerId());
        return "redirect:/portal/shipments/" + copy.getId(); // SAFE redirect
    }
}
