package com.quarrystone.service;

import com.quarrystone.config.TemplateRenderer;
import com.quarrystone.domain.Customer;
import com.quarrystone.domain.WeighTicket;
import com.quarrystone.repository.CustomerRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Monthly customer statements shown in the portal and e-mailed as HTML. */
public class InvoiceService {

    private final CustomerRepository customers;
    private final TicketService tickets;
    private final TemplateRenderer renderer;

    public InvoiceService(CustomerRepository customers, TicketService tickets, TemplateRenderer renderer) {
        this.customers = customers;
        this.tickets = tickets;
        this.renderer = renderer;
    }

    public String statementHtml(long customerId) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown customer " + customerId));
        List<WeighTicket> lines = tickets.forCustomer(customerId);
        BigDecimal total = lines.stream().map(WeighTicket::netTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, Object> model = new HashMap<>();
        model.put("customer", customer);
        model.put("tickets", lines);
        model.put("totalTonnes", total);
        model.put("period", LocalDate.now().withDayOfMonth(1));

        String footer;
        if (customer.getInvoiceFooter() != null && !customer.getInvoiceFooter().isBlank()) {
            footer = renderer.snippet(customer.getInvoiceFooter(), model);
        } else {
            footer = renderer.statementFooter(model);
        }
        model.put("footerHtml", footer);
        return renderer.page("statement", model);
    }
}
