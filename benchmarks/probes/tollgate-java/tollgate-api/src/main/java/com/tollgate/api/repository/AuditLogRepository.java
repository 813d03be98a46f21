package com.tollgate.api.repository;

import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class AuditLogRepository {

    public record AuditEntry(String id, String type, String plate, String actor, Integer amountCents, Instant at, String note) {}

    private static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;

    public List<AuditEntry> findCorrections(String plate) {
        return mongo.find(new BasicQuery("{ 'type': 'PLATE_CORRECTION', 'plate': '" + plate + "' }").limit(200), AuditEntry.class, COLLECTION); // VULN nosqli
    }

    public List<AuditEntry> findAdjustmentsAbove(int minCents) {
        return mongo.find(new BasicQuery("{ 'type': 'ADJUSTMENT', '$where': 'this.amountCents > " + minCents + "' }").limit(200), AuditEntry.class, COLLECTION); // SAFE nosqli
    }
}
