package org.hemalink.orders;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hemalink.hospital.Hospital;
import org.hemalink.hospital.HospitalNotifier;
import org.jboss.logging.Logger;

/**
 * Consumes order events: records dispatch details and tells the hospital what happened.
 */
@ApplicationScoped
public class FulfillmentWorker {

    private static final Logger LOG = Logger.getLogger(FulfillmentWorker.class);

    @Inject
    OrderRepository orders;

    @Inject
    HospitalNotifier notifier;

    @Incoming("order-fulfilment")
    @Blocking
    @Transactional
    public void onEvent(OrderEvent event) throws Exception {
        switch (event.type()) {
            case OrderEvent.DISPATCHED -> {
                String note = event.note() == null ? "" : event.note();
                orders.appendDispatchNote(event.orderId(), event.courierRef(), note);
                orders.markStatus(event.orderId(), HospitalOrder.Status.DISPATCHED, event.occurredAt());
            }
            case OrderEvent.HANDED_OVER -> orders.markStatus(event.orderId(), HospitalOrder.Status.HANDED_OVER, event.occurredAt());
            case OrderEvent.PLACED -> LOG.debugf("order %d placed", event.orderId());
            default -> {
                LOG.warnf("ignoring unknown order event type %s", event.type());
                return;
            }
        }
        Hospital hospital = Hospital.findById(event.hospitalId());
        if (hospital != null && hospital.callbackUrl != null && !hospital.callbackUrl.isBlank()) {
            int status = notifier.notifyCallback(hospital, event);
            LOG.infof("hospital %s callback for order %d answered %d", hospital.code, event.orderId(), status);
        }
    }
}
