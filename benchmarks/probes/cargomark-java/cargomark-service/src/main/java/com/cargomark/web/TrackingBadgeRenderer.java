package com.cargomark.web;

import com.cargomark.domain.Shipment;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** HTML snippet for the embeddable tracking widget. */
@Component
public class TrackingBadgeRenderer {

    public String render(Shipment shipment) {
        String label = HtmlUtils.htmlEscape(shipment.getReference() + " \u00b7 " + shipment.getStatus().displayName());
        if (shipment.getTrackingUrl() == null) {
            return "<span class=\"cm-badge\">" + label + "</span>";
        }
        return "<a class=\"cm-badge\" href=\"" + HtmlUtils.htmlEscape(shipment.getTrackingUrl()) + "\">" + label + "</a>"; // VULN xss
    }
}
