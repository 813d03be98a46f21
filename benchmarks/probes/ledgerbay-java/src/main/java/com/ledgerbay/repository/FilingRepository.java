package com.ledgerbay.repository;

import com.ledgerbay.config.HibernateSessions;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.SupportingDocument;
import com.ledgerbay.dto.FilingSearchCriteria;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public class FilingRepository {

    private static final String BASE_SELECT =
            "SELECT f.* FROM filing f JOIN importer i ON i.id = f.importer_id ";

    public Optional<Filing> findById(UUID id) {
        return HibernateSessions.read(session -> Optional.ofNullable(session.get(Filing.class, id)));
    }

    public Optional<Filing> findByEntryNumber(String entryNumber) {
        return HibernateSessions.read(session -> {
            NativeQuery<Filing> query = session.createNativeQuery(BASE_SELECT + "WHERE f.entry_number = :entry", Filing.class); // SAFE sqli
            return query.setParameter("entry", entryNumber).uniqueResultOptional();
        });
    }

    /**
     * Free-text lookup used by the broker dashboard: matches the broker's own reference or the importer name.
     */
    public List<Filing> search(FilingSearchCriteria criteria) {
        StringBuilder where = new StringBuilder("WHERE f.broker_id = :broker ");
        if (criteria.reference() != null && !criteria.reference().isBlank()) {
            where.append("AND (f.broker_ref ILIKE '%").append(criteria.reference().trim())
                 .append("%' OR i.legal_name ILIKE '%").append(criteria.reference().trim()).append("%') ");
        }
        if (criteria.filedAfter() != null) {
            where.append("AND f.filed_at >= :filedAfter ");
        }
        String sql = BASE_SELECT + where + "ORDER BY f.filed_at DESC NULLS LAST";
        return HibernateSessions.read(session -> {
            NativeQuery<Filing> query = session.createNativeQuery(sql, Filing.class); // VULN sqli
            query.setParameter("broker", criteria.brokerId());
            if (criteria.filedAfter() != null) {
                query.setParameter("filedAfter", criteria.filedAfter().atStartOfDay());
            }
            return query.setFirstResult(criteria.offset()).setMaxResults(criteria.limit()).list();
        });
    }

    /**
     * Port-level work queue for the GraphQL operations console.
     */
    public List<Filing> findByPortAndStatus(String portCode, String status, int limit) {
        String sql = BASE_SELECT + "WHERE f.port_code = :port AND f.status = '" + status + "' ORDER BY f.filed_at";
        return HibernateSessions.read(session -> {
            NativeQuery<Filing> query = session.createNativeQuery(sql, Filing.class); // VULN sqli
            return query.setParameter("port", portCode).setMaxResults(limit).list();
        });
    }

    public List<Filing> recentForBroker(long brokerId, int limit) {
        String sql = BASE_SELECT + "WHERE f.broker_id = :broker ORDER BY f.filed_at DESC LIMIT " + limit;
        return HibernateSessions.read(session -> {
            NativeQuery<Filing> query = session.createNativeQuery(sql, Filing.class); // SAFE sqli
            return query.setParameter("broker", brokerId).list();
        });
    }

    public Filing save(Filing filing) {
        return HibernateSessions.write(session -> session.merge(filing));
    }

    public void updateStatus(String entryNumber, Filing.Status status) {
        HibernateSessions.run(session -> session
                .createMutationQuery("update Filing f set f.status = :status where f.entryNumber = :entry")
                .setParameter("status", status)
                .setParameter("entry", entryNumber)
                .executeUpdate());
    }

    // ---- supporting documents ----

    public SupportingDocument saveDocument(SupportingDocument document) {
        return HibernateSessions.write(session -> session.merge(document));
    }

    public Optional<SupportingDocument> findDocument(UUID id) {
        return HibernateSessions.read(session -> Optional.ofNullable(session.get(SupportingDocument.class, id)));
    }

    public List<SupportingDocument> documentsFor(UUID filingId) {
        return HibernateSessions.read(session -> session
                .createQuery("from SupportingDocument d where d.filingId = :f order by d.uploadedAt", SupportingDocument.class)
                .setParameter("f", filingId)
                .list());
    }

    public void markDocumentConverted(UUID id) {
        HibernateSessions.run(session -> {
            SupportingDocument doc = session.get(SupportingDocument.class, id);
            if (doc != null) {
                doc.setConverted(true);
            }
        });
    }
}
