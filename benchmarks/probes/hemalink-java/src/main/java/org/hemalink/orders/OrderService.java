package org.hemalink.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.hemalink.common.BloodGroups;
import org.hemalink.hospital.Hospital;
import org.hemalink.hospital.HospitalNotifier;
import org.hemalink.inventory.InventoryRepository;
import org.hemalink.inventory.InventoryService;

@ApplicationScoped
public class OrderService {

    /** Order as submitted by a hospital transfusion lab through the partner API. */
    public static class PlaceOrder {
        public String hospitalCode;
        public String component;
        public String bloodGroup;
        public int quantity;
        public String urgency;
        /** Optional https endpoint on the hospital side that receives status changes for this order. */
        public String statusWebhook;
    }

    /** Sent by the issue desk when a box leaves the building. */
    public static class Dispatch {
        public String courierRef;
        public String note;
        public List<String> unitNumbers;
    }

    @Inject
    OrderRepository orders;

    @Inject
    InventoryRepository inventory;

    @Inject
    HospitalNotifier notifier;

    @Inject
    @Channel("order-events")
    Emitter<OrderEvent> events;

    @Transactional
    public HospitalOrder place(PlaceOrder request) {
        Hospital hospital = Hospital.findActiveByCode(request.hospitalCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown hospital"));
        String group = BloodGroups.normalize(request.bloodGroup);
        String component = request.component == null ? "" : request.component.toUpperCase(Locale.ROOT);
        if (group == null || !InventoryService.COMPONENTS.contains(component)) {
            throw new IllegalArgumentException("invalid product");
        }
        if (request.quantity < 1 || request.quantity > 40) {
            throw new IllegalArgumentException("quantity out of range");
        }
        HospitalOrder order = new HospitalOrder();
        order.hospital = hospital;
        order.component = component;
        order.bloodGroup = group;
        order.quantity = request.quantity;
        order.urgency = request.urgency == null ? HospitalOrder.Urgency.ROUTINE
                : HospitalOrder.Urgency.valueOf(request.urgency.toUpperCase(Locale.ROOT));
        order.status = HospitalOrder.Status.PLACED;
        order.requestedAt = Instant.now();
        order.statusWebhook = request.statusWebhook;
        orders.persist(order);
        events.send(new OrderEvent(order.id, hospital.id, OrderEvent.PLACED, null, null, List.of(), order.requestedAt));
        if (order.statusWebhook != null && !order.statusWebhook.isBlank()) {
            notifier.notifyStatusWebhook(order.statusWebhook, order.id, order.status.name());
        }
        return order;
    }

    public List<HospitalOrder> openOrders(String hospitalCode) {
        Hospital hospital = Hospital.findActiveByCode(hospitalCode)
                .orElseThrow(() -> new NotFoundException("hospital " + hospitalCode));
        return orders.openForHospital(hospital.id);
    }

    @Transactional
    public HospitalOrder dispatch(long orderId, Dispatch request) throws SQLException {
        HospitalOrder order = orders.findByIdOptional(orderId)
                .orElseThrow(() -> new NotFoundException("order " + orderId));
        if (request.unitNumbers == null || request.unitNumbers.size() != order.quantity) {
            throw new IllegalArgumentException("scan exactly " + order.quantity + " units");
        }
        for (String din : request.unitNumbers) {
            if (inventory.reserve(din, orderId) != 1) {
                throw new IllegalArgumentException("unit " + din + " is not available");
            }
        }
        order.status = HospitalOrder.Status.PICKING;
        events.send(new OrderEvent(order.id, order.hospital.id, OrderEvent.DISPATCHED, request.courierRef,
                request.note, List.copyOf(request.unitNumbers), Instant.now()));
        return order;
    }

    public void confirmHandover(long orderId, String courierId) {
        HospitalOrder order = orders.findByIdOptional(orderId)
                .orElseThrow(() -> new NotFoundException("order " + orderId));
        events.send(new OrderEvent(order.id, order.hospital.id, OrderEvent.HANDED_OVER, courierId, null,
                List.of(), Instant.now()));
    }
}
