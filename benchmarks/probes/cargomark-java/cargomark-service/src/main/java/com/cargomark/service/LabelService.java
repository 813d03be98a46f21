package com.cargomark.service;

import java.io.StringWriter;
import java.time.LocalDate;

import com.cargomark.domain.Shipment;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import org.springframework.stereotype.Service;

@Service
public class LabelService {

    private final VelocityEngine velocity;

    public LabelService(VelocityEngine labelVelocityEngine) {
        this.velocity = labelVelocityEngine;
    }

    public String render(Shipment shipment, LabelFormat format, String packageCount) {
        VelocityContext context = new VelocityContext();
        context.put("reference", shipment.getReference());
        context.put("origin", shipment.getOrigin());
        context.put("destination", shipment.getDestination());
        context.put("consignee", zplSafe(shipment.getConsigneeName()));
        context.put("weight", shipment.getTotalWeightKg());
        context.put("packages", packageCount);
        context.put("printedOn", LocalDate.now().toString());

        Template template = velocity.getTemplate(format.templatePath(), "UTF-8"); // SAFE ssti
        StringWriter writer = new StringWriter();
        template.merge(context, writer);
        return writer.toString();
    }

    /** ZPL uses ^ and ~ as command prefixes. */
    private static String zplSafe(String value) {
        return value == null ? "" : value.replace('^', ' ').replace('~', ' ');
    }
}
