package com.dosewell.pharmacy.messaging;

import com.dosewell.pharmacy.dto.TransferAuditEvent;
import com.dosewell.pharmacy.dto.TransferRequest;
import com.dosewell.pharmacy.model.StockTransfer;
import com.dosewell.pharmacy.repository.DrugRepository;
import com.dosewell.pharmacy.repository.TransferRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Persists transfer requests and republishes them on the audit topic consumed by
 * the controlled-substance reconciliation job.
 */
@ApplicationScoped
public class TransferEventProcessor {

    private static final Logger LOG = Logger.getLogger(TransferEventProcessor.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    TransferRepository transfers;

    @Inject
    DrugRepository drugs;

    @Incoming("transfer-requests")
    @Outgoing("transfer-audit")
    @Blocking
    @Transactional
    public String process(String payload) throws JsonProcessingException {
        TransferRequest request = mapper.readValue(payload, TransferRequest.class);
        Integer schedule = drugs.findByNdc(request.drugNdc()).map(d -> d.controlledSchedule).orElse(null);

        StockTransfer transfer = new StockTransfer();
        transfer.id = request.transferId();
        transfer.fromCabinet = request.fromCabinet();
        transfer.toCabinet = request.toCabinet();
        transfer.drugNdc = request.drugNdc();
        transfer.quantity = request.quantity();
        transfer.requestedBy = request.requestedBy();
        transfer.controlledSchedule = schedule;
        transfer.status = schedule != null && schedule == 2
                ? StockTransfer.Status.AWAITING_WITNESS
                : StockTransfer.Status.COMPLETED;
        transfers.persist(transfer);
        LOG.infof("Transfer %s recorded (%s x%d %s -> %s)", transfer.id, transfer.drugNdc,
                transfer.quantity, transfer.fromCabinet, transfer.toCabinet);

        TransferAuditEvent event = new TransferAuditEvent(transfer.id, "TRANSFER_REQUESTED", transfer.drugNdc,
                transfer.quantity, schedule, transfer.requestedBy, Instant.now());
        return mapper.writeValueAsString(event);
    }
}
