package com.nacelle.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import com.nacelle.client.NotificationClient;
import com.nacelle.domain.Technician;
import com.nacelle.repository.TechnicianRepository;
import com.nacelle.service.WorkOrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Fans work order events out to crew channels and personal technician webhooks.
 */
@Component
public class WorkOrderEventListener {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderEventListener.class);

    private static final Map<String, Integer> CREW_CHANNELS = Map.of(
            "BLADE-NORTH", 3101,
            "BLADE-SOUTH", 3102,
            "OFFSHORE", 3200);

    private final TechnicianRepository technicians;
    private final NotificationClient notifications;

    public WorkOrderEventListener(TechnicianRepository technicians, NotificationClient notifications) {
        this.technicians = technicians;
        this.notifications = notifications;
    }

    @KafkaListener(topics = WorkOrderService.EVENTS_TOPIC, groupId = "nacelle-ops-notifications")
    public void onEvent(WorkOrderEvent event) {
        if (event.technicianId() == null) {
            return;
        }
        Technician technician = technicians.findById(event.technicianId()).orElse(null);
        if (technician == null) {
            log.warn("Event {} references unknown technician {}", event.reference(), event.technicianId());
            return;
        }

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event.type());
        payload.put("workOrder", event.reference());
        payload.put("turbine", event.turbineTag());
        payload.put("at", event.occurredAt().toString());

        String webhook = technician.getNotificationWebhook();
        if (webhook != null) {
            notifications.notifyWebhook(webhook, payload);
        }

        Integer channel = technician.getCrew() == null ? null : CREW_CHANNELS.get(technician.getCrew());
        if (channel != null && "ASSIGNED".equals(event.type())) {
            notifications.postToCrewChannel(channel, technician.getDisplayName() + " assigned to " + event.reference()
                    + " on " + event.turbineTag());
        }
    }
}
