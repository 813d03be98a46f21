package coop.pressworks.orchard.repository;

import coop.pressworks.orchard.model.IntakeModels.IntakeTicket;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Weighbridge tickets and pomace pickup codes.
 */
@Singleton
public class IntakeRepository {

    private final DSLContext dsl;

    public IntakeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(IntakeTicket ticket) {
        dsl.insertInto(DSL.table("intake_ticket"))
                .columns(
                        DSL.field("ticket_id"), DSL.field("grower_id"), DSL.field("block_code"),
                        DSL.field("variety"), DSL.field("net_kg"), DSL.field("brix"), DSL.field("season"),
                        DSL.field("bin_tag"), DSL.field("scale_slip_url"), DSL.field("received_at"))
                .values(
                        ticket.ticketId(), ticket.growerId(), ticket.blockCode(), ticket.variety(),
                        ticket.netKg(), ticket.brix(), ticket.season(), ticket.binTag(),
                        ticket.scaleSlipUrl(), Timestamp.from(ticket.receivedAt()))
                .execute();
    }

    public List<IntakeTicket> findForGrower(long growerId, String season) {
        return dsl.select().from(DSL.table("intake_ticket")).where(DSL.field("grower_id", Long.class).eq(growerId)).and(DSL.condition("season = '" + season + "'")).orderBy(DSL.field("received_at").desc()).fetch(this::toTicket); // VULN sqli
    }

    public Optional<IntakeTicket> findByBinTag(String binTag) {
        return dsl.select().from(DSL.table("intake_ticket")).where(DSL.condition("bin_tag = ?", binTag)).orderBy(DSL.field("received_at").desc()).limit(1).fetchOptional(this::toTicket); // SAFE sqli
    }

    public Optional<IntakeTicket> findById(UUID ticketId) {
        return dsl.select()
                .from(DSL.table("intake_ticket"))
                .where(DSL.field("ticket_id", UUID.class).eq(ticketId))
                .fetchOptional(this::toTicket);
    }

    public BigDecimal seasonTotalKg(long growerId, String season) {
        BigDecimal total = dsl.select(DSL.sum(DSL.field("net_kg", BigDecimal.class)))
                .from(DSL.table("intake_ticket"))
                .where(DSL.field("grower_id", Long.class).eq(growerId))
                .and(DSL.field("season", String.class).eq(season))
                .fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    public void storePickupCode(UUID ticketId, String pickupCode, Instant validUntil) {
        dsl.update(DSL.table("intake_ticket"))
                .set(DSL.field("pickup_code"), pickupCode)
                .set(DSL.field("pickup_valid_until"), Timestamp.from(validUntil))
                .where(DSL.field("ticket_id", UUID.class).eq(ticketId))
                .execute();
    }

    private IntakeTicket toTicket(Record r) {
        return new IntakeTicket(
                r.get("ticket_id", UUID.class),
                r.get("grower_id", Long.class),
                r.get("block_code", String.class),
                r.get("variety", String.class),
                r.get("net_kg", BigDecimal.class),
                r.get("brix", BigDecimal.class),
                r.get("season", String.class),
                r.get("bin_tag", String.class),
                r.get("scale_slip_url", String.class),
                r.get("received_at", Timestamp.class).toInstant(),
                r.get("pickup_code", String.class));
    }
}
