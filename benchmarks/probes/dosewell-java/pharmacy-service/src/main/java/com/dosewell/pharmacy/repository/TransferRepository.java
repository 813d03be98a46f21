package com.dosewell.pharmacy.repository;

import com.dosewell.pharmacy.model.StockTransfer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<StockTransfer, UUID> {

    public List<StockTransfer> controlledLedger(int schedule, Instant from, Instant to) {
        return list("controlledSchedule = ?1 and requestedAt >= ?2 and requestedAt < ?3 order by requestedAt",
                schedule, from, to);
    }

    public List<StockTransfer> awaitingWitness(String cabinet) {
        return list("status = ?1 and (fromCabinet = ?2 or toCabinet = ?2)",
                StockTransfer.Status.AWAITING_WITNESS, cabinet);
    }
}
