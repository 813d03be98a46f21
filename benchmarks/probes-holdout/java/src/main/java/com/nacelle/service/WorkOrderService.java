package com.nacelle.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nacelle.domain.WorkOrder;
import com.nacelle.dto.WorkOrderForm;
import com.nacelle.messaging.WorkOrderEvent;
import com.nacelle.repository.TechnicianRepository;
import com.nacelle.repository.WorkOrderRepository;
import com.nacelle.service.TurbineService.NotFoundException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class WorkOrderService {

    public static final String EVENTS_TOPIC = "maintenance.workorder-events";

    private final WorkOrderRepository workOrders;
    private final TechnicianRepository technicians;
    private final TurbineService turbineService;
    private final KafkaTemplate<String, WorkOrderEvent> kafka;
    private final SecureRandom secureRandom = new SecureRandom();
    private final AtomicInteger sequence = new AtomicInteger();

    public WorkOrderService(WorkOrderRepository workOrders, TechnicianRepository technicians,
                            TurbineService turbineService, KafkaTemplate<String, WorkOrderEvent> kafka) {
        this.workOrders = workOrders;
        this.technicians = technicians;
        this.turbineService = turbineService;
        this.kafka = kafka;
    }

    @Transactional
    public long create(WorkOrderForm form) {
        var turbine = turbineService.require(form.getTurbineId());
        String reference = "BR-" + Year.now() + "-" + String.format("%05d", sequence.incrementAndGet());
        long id = workOrders.insert(reference, turbine.id(), form.getBladePosition(), form.getRepairType(),
                form.getDescription(), form.getPlannedFor());
        kafka.send(EVENTS_TOPIC, reference, new WorkOrderEvent(id, reference, null, turbine.tag(), "CREATED", Instant.now()));
        return id;
    }

    public WorkOrder require(long id) {
        return workOrders.findById(id).orElseThrow(() -> new NotFoundException("Work order " + id));
    }

    public List<WorkOrder> search(String status, Long technicianId, String text) {
        return workOrders.search(status, technicianId, text);
    }

    /**
     * Assigns the order and issues the one-time sign-off token that is embedded in the
     * QR code printed on the job card.
     */
    @Transactional
    public String assign(long workOrderId, long technicianId) {
        WorkOrder order = require(workOrderId);
        var technician = technicians.findById(technicianId)
                .orElseThrow(() -> new NotFoundException("Technician " + technicianId));
        byte[] tokenBytes = new byte[24];
        secureRandom.nextBytes(tokenBytes); // SAFE random
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        workOrders.assign(order.id(), technician.getId(), token);
        kafka.send(EVENTS_TOPIC, order.reference(),
                new WorkOrderEvent(order.id(), order.reference(), technician.getId(), order.turbineTag(), "ASSIGNED", Instant.now()));
        return token;
    }

    @Transactional
    public WorkOrder signOff(String token, long technicianId) {
        WorkOrder order = workOrders.findBySignOffToken(token)
                .orElseThrow(() -> new NotFoundException("Unknown or used sign-off token"));
        if (order.assignedTechnicianId() == null || order.assignedTechnicianId() != technicianId) {
            throw new IllegalStateException("Work order is assigned to a different technician");
        }
        workOrders.signOff(order.id(), technicianId);
        kafka.send(EVENTS_TOPIC, order.reference(),
                new WorkOrderEvent(order.id(), order.reference(), technicianId, order.turbineTag(), "SIGNED_OFF", Instant.now()));
        return order;
    }
}
