package com.dosewell.edi.repository;

import com.dosewell.edi.model.PurchaseOrder;
import com.dosewell.edi.model.PurchaseOrderSummary;
import io.r2dbc.spi.Row;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class SupplierOrderRepository {

    private static final String SUMMARY_COLUMNS = "po_number, supplier_code, status, total, received_at";

    private final DatabaseClient db;

    public SupplierOrderRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<PurchaseOrder> save(PurchaseOrder order, String rawXml) {
        return db.sql("INSERT INTO purchase_order (po_number, supplier_code, status, total, raw_xml, received_at) "
                        + "VALUES (:po, :supplier, 'RECEIVED', :total, :raw, now())")
                .bind("po", order.poNumber())
                .bind("supplier", order.supplierCode())
                .bind("total", order.total())
                .bind("raw", rawXml)
                .fetch()
                .rowsUpdated()
                .thenReturn(order);
    }

    public Flux<PurchaseOrderSummary> findBySupplier(String supplierCode, int limit) {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM purchase_order WHERE supplier_code = '" + supplierCode
                + "' ORDER BY received_at DESC LIMIT " + Math.min(limit, 500);
        return db.sql(sql).map((row, meta) -> toSummary(row)).all(); // VULN sqli
    }

    public Flux<PurchaseOrderSummary> findByStatus(String status) {
        return db.sql("SELECT " + SUMMARY_COLUMNS + " FROM purchase_order WHERE status = :status ORDER BY received_at DESC").bind("status", status).map((row, meta) -> toSummary(row)).all(); // SAFE sqli
    }

    public Mono<String> findRawXml(String poNumber) {
        return db.sql("SELECT raw_xml FROM purchase_order WHERE po_number = :po")
                .bind("po", poNumber)
                .map((row, meta) -> row.get("raw_xml", String.class))
                .one();
    }

    public Mono<Long> updateStatus(String poNumber, String status) {
        return db.sql("UPDATE purchase_order SET status = :status WHERE po_number = :po")
                .bind("status", status)
                .bind("po", poNumber)
                .fetch()
                .rowsUpdated();
    }

    private static PurchaseOrderSummary toSummary(Row row) {
        return new PurchaseOrderSummary(
                row.get("po_number", String.class),
                row.get("supplier_code", String.class),
                row.get("status", String.class),
                row.get("total", BigDecimal.class),
                row.get("received_at", OffsetDateTime.class));
    }
}
