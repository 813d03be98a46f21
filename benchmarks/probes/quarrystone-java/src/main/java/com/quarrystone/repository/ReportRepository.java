package com.quarrystone.repository;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Read-only reporting queries against the replica. */
public class ReportRepository {

    private static final org.jooq.Field<String> PRODUCT = field("product_code", SQLDataType.VARCHAR);
    private static final org.jooq.Field<BigDecimal> NET_KG = field("gross_kg - tare_kg", SQLDataType.NUMERIC);
    private static final org.jooq.Field<LocalDate> DAY = field("cast(finalised_at as date)", SQLDataType.LOCALDATE);

    private final DSLContext dsl;

    public ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Tonnage per product; {@code filterClause} is prepared by ReportService from the report form. */
    public Result<Record2<String, BigDecimal>> tonnageByProduct(String filterClause) {
        return dsl.select(PRODUCT, sum(NET_KG)).from(table("weigh_ticket")).where(DSL.condition(filterClause)).groupBy(PRODUCT).orderBy(PRODUCT).fetch(); // VULN sqli
    }

    /** Net tonnes per day for a single site over a date range. */
    public Result<Record2<LocalDate, BigDecimal>> dailyTotals(String siteCode, LocalDate from, LocalDate to) {
        return dsl.select(DAY, sum(NET_KG)).from(table("weigh_ticket")).where(DSL.condition("site_code = ? and status = 'FINALISED'", siteCode)).and(DAY.between(from, to)).groupBy(DAY).orderBy(DAY).fetch(); // SAFE sqli
    }
}
