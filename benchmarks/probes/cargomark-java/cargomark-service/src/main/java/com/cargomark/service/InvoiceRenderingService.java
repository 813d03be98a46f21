package com.cargomark.service;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.cargomark.domain.Invoice;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.springframework.stereotype.Service;

@Service
public class InvoiceRenderingService {

    private final Configuration freemarker;

    public InvoiceRenderingService(Configuration documentFreemarker) {
        this.freemarker = documentFreemarker;
    }

    public String renderHtml(Invoice invoice, String customerName) throws IOException, TemplateException {
        Template template = freemarker.getTemplate("invoice.ftlh");
        Map<String, Object> model = new HashMap<>();
        model.put("number", invoice.getNumber());
        model.put("customerName", customerName);
        model.put("issuedAt", invoice.getIssuedAt().toString());
        model.put("dueAt", invoice.getDueAt().toString());
        model.put("currency", invoice.getCurrency());
        model.put("net", invoice.getAmount());
        model.put("vat", invoice.getVatAmount() == null ? BigDecimal.ZERO : invoice.getVatAmount());
        model.put("total", invoice.getAmount().add(invoice.getVatAmount() == null ? BigDecimal.ZERO : invoice.getVatAmount()));
        model.put("remarks", invoice.getRemarks());
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
