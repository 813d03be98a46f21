package com.quarrystone.repository;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import com.quarrystone.domain.WeighTicket;
import com.quarrystone.dto.TicketSearch;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** Weighbridge ticket persistence (jOOQ, no generated classes - the schema is owned by Flyway). */
public class TicketRepository {

    private static final String TICKET_COLUMNS =
            "t.ticket_no, t.dispatch_id, t.site_code, t.truck_reg, t.haulier_name, t.customer_id, "
            + "t.product_code, t.tare_kg, t.gross_kg, t.driver_note, t.status, t.created_at, t.finalised_at";

    private final DSLContext dsl;

    public TicketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<WeighTicket> findByNumber(String ticketNo) {
        Record r = dsl.fetchOne("select " + TICKET_COLUMNS + " from weigh_ticket t where t.ticket_no = ?", ticketNo); // SAFE sqli
        return Optional.ofNullable(r).map(TicketRepository::map);
    }

    public List<WeighTicket> search(TicketSearch criteria) {
        StringBuilder sql = new StringBuilder("select ").append(TICKET_COLUMNS).append(" from weigh_ticket t where 1 = 1");
        if (!criteria.getHaulierTerm().isEmpty()) {
            sql.append(" and t.haulier_name ilike '%").append(criteria.getHaulierTerm()).append("%'");
        }
        if (criteria.getFrom() != null) {
            sql.append(" and t.created_at >= date '").append(criteria.getFrom()).append("'");
        }
        if (criteria.getTo() != null) {
            sql.append(" and t.created_at < date '").append(criteria.getTo().plusDays(1)).append("'");
        }
        sql.append(" order by t.created_at desc limit ").append(criteria.getLimit());
        Result<Record> rows = dsl.fetch(sql.toString()); // VULN sqli
        return rows.map(TicketRepository::map);
    }

    public List<WeighTicket> listForCustomer(long customerId, int limit) {
        return dsl.select(field("ticket_no"), field("dispatch_id"), field("site_code"), field("truck_reg"), field("haulier_name"), field("customer_id"), field("product_code"), field("tare_kg"), field("gross_kg"), field("driver_note"), field("status"), field("created_at"), field("finalised_at"))
                .from(table("weigh_ticket"))
                .where(field("customer_id").eq(customerId)).orderBy(field("created_at").desc()).limit(limit).fetch() // SAFE sqli
                .map(TicketRepository::map);
    }

    public String create(WeighTicket t) {
        dsl.insertInto(table("weigh_ticket"))
                .columns(field("ticket_no"), field("dispatch_id"), field("site_code"), field("truck_reg"),
                        field("haulier_name"), field("customer_id"), field("product_code"), field("status"), field("created_at"))
                .values(t.getTicketNo(), t.getDispatchId(), t.getSiteCode(), t.getTruckReg(),
                        t.getHaulierName(), t.getCustomerId(), t.getProductCode(), t.getStatus().name(), Timestamp.from(Instant.now()))
                .execute();
        return t.getTicketNo();
    }

    public void recordWeight(String ticketNo, boolean gross, BigDecimal kg) {
        String column = gross ? "gross_kg" : "tare_kg";
        String status = gross ? WeighTicket.Status.GROSSED.name() : WeighTicket.Status.TARED.name();
        dsl.update(table("weigh_ticket"))
                .set(field(column), kg)
                .set(field("status"), status)
                .where(field("ticket_no").eq(ticketNo))
                .execute();
    }

    public void updateDriverNote(String ticketNo, String note) {
        dsl.update(table("weigh_ticket"))
                .set(field("driver_note"), note)
                .where(field("ticket_no").eq(ticketNo))
                .execute();
    }

    public void appendAuditNote(String ticketNo, String bridgeId, String note) {
        dsl.execute("insert into ticket_audit (ticket_no, bridge_id, note, logged_at) values ('" + ticketNo + "', '" + bridgeId + "', '" + note + "', now())"); // VULN sqli
    }

    public void finalise(String ticketNo) {
        dsl.update(table("weigh_ticket"))
                .set(field("status"), WeighTicket.Status.FINALISED.name())
                .set(field("finalised_at"), Timestamp.from(Instant.now()))
                .where(field("ticket_no").eq(ticketNo))
                .execute();
    }

    public long nextSequence(String siteCode) {
        Object next = dsl.fetchValue("select nextval('ticket_seq')");
        return next instanceof Number ? ((Number) next).longValue() : 1L;
    }

    static WeighTicket map(Record r) {
        WeighTicket t = new WeighTicket();
        t.setTicketNo(r.get("ticket_no", String.class));
        t.setDispatchId(r.get("dispatch_id", Long.class));
        t.setSiteCode(r.get("site_code", String.class));
        t.setTruckReg(r.get("truck_reg", String.class));
        t.setHaulierName(r.get("haulier_name", String.class));
        t.setCustomerId(r.get("customer_id", Long.class));
        t.setProductCode(r.get("product_code", String.class));
        BigDecimal tare = r.get("tare_kg", BigDecimal.class);
        BigDecimal gross = r.get("gross_kg", BigDecimal.class);
        t.setTareKg(tare == null ? BigDecimal.ZERO : tare);
        t.setGrossKg(gross == null ? BigDecimal.ZERO : gross);
        t.setDriverNote(r.get("driver_note", String.class));
        t.setStatus(WeighTicket.Status.valueOf(r.get("status", String.class)));
        Timestamp created = r.get("created_at", Timestamp.class);
        Timestamp finalised = r.get("finalised_at", Timestamp.class);
        t.setCreatedAt(created == null ? null : created.toInstant());
        t.setFinalisedAt(finalised == null ? null : finalised.toInstant());
        return t;
    }
}
