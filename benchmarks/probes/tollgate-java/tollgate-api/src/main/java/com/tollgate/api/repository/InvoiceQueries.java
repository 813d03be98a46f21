package com.tollgate.api.repository;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jooq.*;
import org.springframework.stereotype.Repository;
import static org.jooq.impl.DSL.*;

@Repository
@RequiredArgsConstructor
public class InvoiceQueries {

    public record InvoiceFilter(long accountId, String status, Integer year) {
        public static InvoiceFilter of(long accountId, String status, Integer year) {
            return new InvoiceFilter(accountId, status == null || status.isBlank() ? null : status.strip().toUpperCase(), year);
        }
    }

    public record InvoiceSummary(String invoiceNo, LocalDate issuedOn, int totalCents, String status) {}

    public record GroupTotal(String group, long passages, long totalCents) {}

    private static final Field<Long> ACCOUNT_ID = field(name("account_id"), Long.class);
    private static final Field<String> INVOICE_NO = field(name("invoice_no"), String.class);
    private static final Field<LocalDate> ISSUED_ON = field(name("issued_on"), LocalDate.class);
    private static final Field<Integer> TOTAL_CENTS = field(name("total_cents"), Integer.class);
    private static final Field<String> STATUS = field(name("status"), String.class);
    private static final Field<Integer> CHARGE_CENTS = field(name("charge_cents"), Integer.class);

    private final DSLContext dsl;

    public List<InvoiceSummary> find(InvoiceFilter filter) {
        Condition where = ACCOUNT_ID.eq(filter.accountId());
        if (filter.status() != null) {
            where = where.and(condition("status = '" + filter.status() + "'")); // VULN sqli
        }
        if (filter.year() != null) {
            where = where.and(extract(ISSUED_ON, DatePart.YEAR).eq(filter.year()));
        }
        return dsl.select(INVOICE_NO, ISSUED_ON, TOTAL_CENTS, STATUS).from(table(name("invoices")))
                .where(where).orderBy(ISSUED_ON.desc()).limit(100)
                .fetch(r -> new InvoiceSummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<GroupTotal> totals(long accountId, LocalDate from, String groupColumn) {
        Field<Object> group = field(groupColumn); // SAFE sqli
        return dsl.select(group.cast(String.class), count(), sum(CHARGE_CENTS)).from(table(name("passages")))
                .where(ACCOUNT_ID.eq(accountId)).and(field(name("passed_at"), LocalDate.class).ge(from))
                .groupBy(group).orderBy(group)
                .fetch(r -> new GroupTotal(r.value1(), r.value2(), r.value3() == null ? 0 : r.value3().longValue()));
    }
}
