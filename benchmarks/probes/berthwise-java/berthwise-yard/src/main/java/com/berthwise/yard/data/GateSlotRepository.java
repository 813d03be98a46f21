package com.berthwise.yard.data;

import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@Repository
@RequiredArgsConstructor
public class GateSlotRepository {
    private final DatabaseClient db;

    public Flux<GateSlot> findOpenSlots(LocalDate day, String lane) {
        return db.sql("SELECT slot_id, lane, starts_at, capacity, booked FROM gate_slot WHERE slot_day = :day AND lane = :lane AND booked < capacity ORDER BY starts_at") // SAFE sqli
                .bind("day", day)
                .bind("lane", lane)
                .map(row -> new GateSlot(row.get("slot_id", UUID.class), row.get("lane", String.class),
                        row.get("starts_at", LocalDateTime.class), row.get("capacity", Integer.class),
                        row.get("booked", Integer.class)))
                .all();
    }
}
