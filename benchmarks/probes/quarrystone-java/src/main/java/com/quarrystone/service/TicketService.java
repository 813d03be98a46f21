package com.quarrystone.service;

import com.quarrystone.domain.Customer;
import com.quarrystone.domain.DispatchOrder;
import com.quarrystone.domain.WeighTicket;
import com.quarrystone.dto.TicketSearch;
import com.quarrystone.dto.WeighReading;
import com.quarrystone.repository.CustomerRepository;
import com.quarrystone.repository.DispatchRepository;
import com.quarrystone.repository.TicketRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Weighbridge ticket lifecycle: open, tare, gross, finalise. */
public class TicketService {

    private static final Logger LOG = Logger.getLogger(TicketService.class.getName());
    private static final DateTimeFormatter TICKET_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final TicketRepository tickets;
    private final DispatchRepository dispatches;
    private final CustomerRepository customers;
    private final WebhookService webhooks;

    public TicketService(TicketRepository tickets, DispatchRepository dispatches,
                         CustomerRepository customers, WebhookService webhooks) {
        this.tickets = tickets;
        this.dispatches = dispatches;
        this.customers = customers;
        this.webhooks = webhooks;
    }

    public List<WeighTicket> search(String haulier, String site, LocalDate from, LocalDate to, int limit) {
        return tickets.search(new TicketSearch(haulier, site, from, to, limit));
    }

    public Optional<WeighTicket> find(String ticketNo) {
        return tickets.findByNumber(ticketNo);
    }

    public List<WeighTicket> forCustomer(long customerId) {
        return tickets.listForCustomer(customerId, 100);
    }

    public WeighTicket open(long dispatchId, String truckReg, String haulierName) throws SQLException {
        DispatchOrder order = dispatches.findById(dispatchId)
                .orElseThrow(() -> new IllegalArgumentException("No dispatch " + dispatchId));
        WeighTicket t = new WeighTicket();
        long seq = tickets.nextSequence(order.getSiteCode());
        t.setTicketNo(order.getSiteCode() + "-" + LocalDate.now().format(TICKET_DATE) + "-" + String.format("%05d", seq));
        t.setDispatchId(dispatchId);
        t.setSiteCode(order.getSiteCode());
        t.setTruckReg(truckReg);
        t.setHaulierName(haulierName);
        t.setCustomerId(order.getCustomerId());
        t.setProductCode(order.getProductCode());
        tickets.create(t);
        dispatches.updateState(dispatchId, DispatchOrder.State.LOADING);
        return t;
    }

    /** Applies a reading received from a weighbridge indicator via Kafka. */
    public void applyReading(WeighReading reading) {
        if (!reading.isStable()) {
            LOG.fine(() -> "Ignoring unstable reading from " + reading.getBridgeId());
            return;
        }
        boolean gross = reading.getKind() == WeighReading.Kind.GROSS;
        tickets.recordWeight(reading.getTicketNo(), gross, reading.getKilograms());
        if (reading.getOperatorNote() != null && !reading.getOperatorNote().isBlank()) {
            tickets.appendAuditNote(reading.getTicketNo(), reading.getBridgeId(), reading.getOperatorNote());
            tickets.updateDriverNote(reading.getTicketNo(), reading.getOperatorNote());
        }
        if (gross) {
            finalise(reading.getTicketNo());
        }
    }

    public void updateDriverNote(String ticketNo, String note) {
        tickets.updateDriverNote(ticketNo, note == null ? null : note.strip());
    }

    public void finalise(String ticketNo) {
        WeighTicket t = tickets.findByNumber(ticketNo)
                .orElseThrow(() -> new IllegalArgumentException("Unknown ticket " + ticketNo));
        tickets.finalise(ticketNo);
        try {
            BigDecimal net = t.netTonnes();
            dispatches.addDispatchedTonnes(t.getDispatchId(), net);
        } catch (SQLException e) {
            LOG.warning("Could not update dispatched tonnes for " + ticketNo + ": " + e.getMessage());
        }
        Optional<Customer> customer = customers.findById(t.getCustomerId());
        customer.filter(c -> c.getWebhookUrl() != null).ifPresent(c -> webhooks.ticketFinalised(c, t));
    }
}
