package com.harbormutual.claims.repository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
public class ClaimRepository {

    private static final Logger log = LoggerFactory.getLogger(ClaimRepository.class);

    private static final String LOSS_EVENTS = "loss_events";

    private static final String CLAIM_COLUMNS =
            "c.id, c.claim_number, c.policy_number, c.status, c.claimed_amount, c.adjuster_id, c.opened_at";

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "opened", "c.opened_at",
            "amount", "c.claimed_amount",
            "status", "c.status",
            "adjuster", "c.adjuster_id");

    public record ClaimRecord(long id, String claimNumber, String policyNumber, String status,
                              BigDecimal claimedAmount, String adjusterId, Instant openedAt) {
    }

    public record PayoutRecord(long id, long claimId, BigDecimal amount, String status, String payeeName) {
    }

    public record DocumentRecord(long id, long claimId, String docType, String fileName, String storedPath,
                                 Instant uploadedAt) {
    }

    public record BrokerCredentials(String login, String passwordHash, String scheme, String brokerCode) {
    }

    public record LossEvent(String id, String claimNumber, String source, String eventType,
                            Map<String, Object> payload, Instant recordedAt) {
    }

    private static final RowMapper<ClaimRecord> CLAIM_MAPPER = (rs, rowNum) -> new ClaimRecord(
            rs.getLong("id"),
            rs.getString("claim_number"),
            rs.getString("policy_number"),
            rs.getString("status"),
            rs.getBigDecimal("claimed_amount"),
            rs.getString("adjuster_id"),
            rs.getTimestamp("opened_at").toInstant());

    private static final RowMapper<PayoutRecord> PAYOUT_MAPPER = (rs, rowNum) -> new PayoutRecord(
            rs.getLong("id"),
            rs.getLong("claim_id"),
            rs.getBigDecimal("amount"),
            rs.getString("status"),
            rs.getString("payee_name"));

    private static final RowMapper<DocumentRecord> DOCUMENT_MAPPER = (rs, rowNum) -> new DocumentRecord(
            rs.getLong("id"),
            rs.getLong("claim_id"),
            rs.getString("doc_type"),
            rs.getString("file_name"),
            rs.getString("stored_path"),
            rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final MongoTemplate mongo;

    public ClaimRepository(JdbcTemplate jdbc, MongoTemplate mongo) {
        this.jdbc = jdbc;
        this.mongo = mongo;
    }

    public Optional<ClaimRecord> findById(long id) {
        return jdbc.query("SELECT " + CLAIM_COLUMNS + " FROM claims c WHERE c.id = ?", CLAIM_MAPPER, id)
                .stream().findFirst();
    }

    public Optional<ClaimRecord> findByClaimNumber(String claimNumber) {
        return jdbc.query("SELECT " + CLAIM_COLUMNS + " FROM claims c WHERE c.claim_number = ?", CLAIM_MAPPER, claimNumber)
                .stream().findFirst();
    }

    public List<ClaimRecord> search(String status, String sortKey, boolean descending) {
        String orderColumn = SORT_COLUMNS.getOrDefault(sortKey, "c.opened_at");
        String sql = "SELECT " + CLAIM_COLUMNS + " FROM claims c WHERE c.status = ? ORDER BY " + orderColumn
                + (descending ? " DESC" : " ASC");
        return jdbc.query(sql, CLAIM_MAPPER, status); // SAFE sqli
    }

    public List<ClaimRecord> pageOpenClaims(int limit, int offset) {
        String sql = String.format("SELECT " + CLAIM_COLUMNS
                + " FROM claims c WHERE c.status <> 'CLOSED' ORDER BY c.opened_at LIMIT %d OFFSET %d", limit, offset);
        return jdbc.query(sql, CLAIM_MAPPER); // SAFE sqli
    }

    public List<ClaimRecord> findByClaimNumberPrefix(String prefix) {
        return jdbc.query("SELECT " + CLAIM_COLUMNS + " FROM claims c WHERE c.claim_number LIKE ? ORDER BY c.claim_number LIMIT 25", CLAIM_MAPPER, prefix.replace("%", "") + "%"); // SAFE sqli
    }

    public List<Map<String, Object>> findByPolicyNumber(String policyNumber) {
        String sql = "SELECT " + CLAIM_COLUMNS + " FROM claims c WHERE c.policy_number = '" + policyNumber
                + "' ORDER BY c.opened_at DESC";
        return jdbc.queryForList(sql); // VULN sqli
    }

    public long countBy(String field, String value) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claims WHERE " + field + " = ?", Long.class, value); // VULN sqli
        return count == null ? 0L : count;
    }

    public List<Map<String, Object>> adjusterWorkload(String adjusterId, String statusList) {
        String sql = "SELECT status, COUNT(*) AS total, SUM(claimed_amount) AS exposure FROM claims "
                + "WHERE adjuster_id = ? AND status IN (" + statusList + ") GROUP BY status";
        return jdbc.queryForList(sql, adjusterId); // VULN sqli
    }

    public Optional<PayoutRecord> findPayout(long id) {
        return jdbc.query("SELECT id, claim_id, amount, status, payee_name FROM payouts WHERE id = ?", PAYOUT_MAPPER, id)
                .stream().findFirst();
    }

    public List<PayoutRecord> findPayouts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String inClause = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query("SELECT id, claim_id, amount, status, payee_name FROM payouts WHERE id IN (" + inClause + ")", PAYOUT_MAPPER); // SAFE sqli
    }

    public void markPayoutNotified(long payoutId, String target, int httpStatus) {
        jdbc.update("UPDATE payouts SET notified_at = now(), notify_target = ?, notify_status = ? WHERE id = ?",
                target, httpStatus, payoutId);
    }

    public List<DocumentRecord> findDocuments(long claimId, String docType) {
        String sql = "SELECT id, claim_id, doc_type, file_name, stored_path, uploaded_at FROM claim_documents WHERE claim_id = "
                + claimId;
        if (docType != null && !docType.isBlank()) {
            sql += " AND doc_type = '" + docType + "'";
        }
        return jdbc.query(sql + " ORDER BY uploaded_at DESC", DOCUMENT_MAPPER); // VULN sqli
    }

    public void insertDocument(long claimId, String docType, String fileName, String storedPath) {
        jdbc.update("INSERT INTO claim_documents (claim_id, doc_type, file_name, stored_path, uploaded_at) VALUES (?, ?, ?, ?, ?)",
                claimId, docType, fileName, storedPath, Timestamp.from(Instant.now()));
        log.debug("Recorded document {} for claim {}", fileName, claimId);
    }

    public Optional<BrokerCredentials> findBrokerCredentials(String login) {
        return jdbc.query("SELECT login, password_hash, hash_scheme, broker_code FROM broker_users WHERE login = ? AND active",
                (rs, n) -> new BrokerCredentials(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                login).stream().findFirst();
    }

    public void saveBrokerPassword(String login, String passwordHash, String scheme) {
        int updated = jdbc.update("UPDATE broker_users SET password_hash = ?, hash_scheme = ?, password_changed_at = now() WHERE login = ?",
                passwordHash, scheme, login);
        if (updated == 0) {
            jdbc.update("INSERT INTO broker_users (login, password_hash, hash_scheme, active) VALUES (?, ?, ?, true)",
                    login, passwordHash, scheme);
        }
    }

    public void storeVerificationCode(long claimId, String codeHash, Instant expiresAt) {
        jdbc.update("INSERT INTO claimant_verification (claim_id, code_hash, expires_at) VALUES (?, ?, ?)",
                claimId, codeHash, Timestamp.from(expiresAt));
    }

    public void queueClaimantSms(long claimId, String message) {
        jdbc.update("INSERT INTO sms_outbox (claim_id, body, created_at) VALUES (?, ?, now())", claimId, message);
    }

    // ---- partner loss-event telemetry (MongoDB) ----

    public List<LossEvent> findLossEvents(Map<String, Object> criteria) {
        return mongo.find(new Query(Criteria.where("claimNumber").is(criteria.get("claimNumber"))).with(Sort.by("recordedAt")), LossEvent.class, LOSS_EVENTS); // VULN nosqli
    }

    public List<LossEvent> findLossEventsBySource(Map<String, Object> criteria) {
        Object source = criteria.get("source");
        if (!(source instanceof String sourceName) || sourceName.isBlank()) {
            throw new IllegalArgumentException("source must be a non-empty string");
        }
        return mongo.find(new Query(Criteria.where("source").is(sourceName)).limit(500), LossEvent.class, LOSS_EVENTS); // SAFE nosqli
    }
}
