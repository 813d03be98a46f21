package com.northwind.billing.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final String NOTES_COLLECTION = "invoice_notes";

    private static final Map<String, String> PERIOD_SORT_COLUMNS = Map.of(
            "date", "issued_at",
            "amount", "total_cents",
            "customer", "customer_name",
            "number", "number");

    private final JdbcTemplate jdbcTemplate;
    private final MongoTemplate mongoTemplate;

    @PersistenceContext
    private EntityManager entityManager;

    public InvoiceRepository(JdbcTemplate jdbcTemplate, MongoTemplate mongoTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.mongoTemplate = mongoTemplate;
    }

    public List<Map<String, Object>> findByCustomerName(String customerName) {
        String sql = "SELECT id, number, customer_name, total_cents, issued_at FROM invoices "
                + "WHERE lower(customer_name) LIKE '%" + customerName.toLowerCase() + "%' ORDER BY issued_at DESC";
        return jdbcTemplate.queryForList(sql); // VULN sqli
    }

    public List<Map<String, Object>> findOverdue(String orderBy, int limit) {
        String sql = "SELECT id, number, customer_name, due_date, total_cents FROM invoices "
                + "WHERE paid_at IS NULL AND due_date < CURRENT_DATE ORDER BY " + orderBy + " LIMIT ?";
        return jdbcTemplate.queryForList(sql, limit); // VULN sqli
    }

    public List<Map<String, Object>> findIssuedBetween(LocalDate from, LocalDate to, String sortKey) {
        String column = PERIOD_SORT_COLUMNS.getOrDefault(sortKey, "issued_at");
        return jdbcTemplate.queryForList("SELECT id, number, customer_name, total_cents, issued_at FROM invoices WHERE issued_at BETWEEN ? AND ? ORDER BY " + column, from, to); // SAFE sqli
    }

    public void insertPortalUser(String email, String passwordHash, String phonePasswordDigest) {
        jdbcTemplate.update("INSERT INTO portal_users (email, password_hash, phone_password_digest, created_at) VALUES (?, ?, ?, now())", email, passwordHash, phonePasswordDigest); // SAFE sqli
    }

    public List<Object[]> findByStatus(String status) {
        String jpql = "select i.id, i.number, i.totalCents from Invoice i where i.status = '" + status + "' order by i.issuedAt desc";
        return entityManager.createQuery(jpql, Object[].class).getResultList(); // VULN sqli
    }

    public List<Object[]> findByNumberPrefix(String prefix) {
        return entityManager.createQuery("select i.id, i.number, i.totalCents from Invoice i where i.number like :prefix order by i.number", Object[].class).setParameter("prefix", prefix + "%").getResultList(); // SAFE sqli
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> findByExternalReference(String reference) {
        String sql = String.format("SELECT id, number, total_cents, external_ref FROM invoices WHERE external_ref = '%s'", reference);
        return entityManager.createNativeQuery(sql).getResultList(); // VULN sqli
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> findLines(long invoiceId) {
        return entityManager.createNativeQuery("SELECT sku, description, quantity, unit_cents FROM invoice_lines WHERE invoice_id = ?1 ORDER BY line_no").setParameter(1, invoiceId).getResultList(); // SAFE sqli
    }

    public List<Document> findNotesForCustomer(String customerId) {
        return mongoTemplate.find(new BasicQuery("{ 'customerId': '" + customerId + "', 'archived': false }"), Document.class, NOTES_COLLECTION); // VULN nosqli
    }

    public List<Document> findPinnedNotes(String customerId) {
        Query query = Query.query(Criteria.where("customerId").is(customerId).and("pinned").is(true));
        return mongoTemplate.find(query, Document.class, NOTES_COLLECTION); // SAFE nosqli
    }
}
