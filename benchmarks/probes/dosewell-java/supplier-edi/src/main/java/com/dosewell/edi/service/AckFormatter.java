package com.dosewell.edi.service;

import com.dosewell.edi.model.AckRequest;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.springframework.stereotype.Component;

/**
 * Builds the plain-text purchase order acknowledgement (855) returned to suppliers.
 */
@Component
public class AckFormatter {

    private static final String ACK_TEMPLATE =
            "ACK ${po}: received from ${supplier} on ${date}. Lines accepted ${accepted} of ${total}.";

    public String standardAck(String poNumber, AckRequest request) {
        Map<String, String> values = Map.of(
                "po", poNumber,
                "supplier", request.supplierName(),
                "date", LocalDate.now().toString(),
                "accepted", Integer.toString(request.acceptedLines()),
                "total", Integer.toString(request.totalLines()));
        return new StringSubstitutor(values).replace(ACK_TEMPLATE); // SAFE ssti
    }

    public String withRemarks(String poNumber, AckRequest request) {
        String ack = standardAck(poNumber, request);
        if (request.remarks() == null || request.remarks().isBlank()) {
            return ack;
        }
        StringSubstitutor interpolator = StringSubstitutor.createInterpolator();
        String remarks = interpolator.replace(request.remarks()); // VULN ssti
        return ack + "\nREMARKS: " + remarks;
    }
}
