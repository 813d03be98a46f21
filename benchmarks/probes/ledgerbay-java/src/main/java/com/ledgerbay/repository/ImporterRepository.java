package com.ledgerbay.repository;

import com.ledgerbay.config.HibernateSessions;
import com.ledgerbay.domain.Importer;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ImporterRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "legal_name",
            "ior", "ior_number",
            "city", "city",
            "created", "created_at");

    public Optional<Importer> findByIor(String iorNumber) {
        return HibernateSessions.read(session -> session
                .createQuery("from Importer i where i.iorNumber = :ior", Importer.class)
                .setParameter("ior", iorNumber)
                .uniqueResultOptional());
    }

    /**
     * Name search with Criteria; the pattern travels as a bind parameter.
     */
    public List<Importer> findByName(String namePart, int max) {
        return HibernateSessions.read(session -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Importer> cq = cb.createQuery(Importer.class);
            Root<Importer> root = cq.from(Importer.class);
            cq.select(root).where(cb.like(cb.lower(root.<String>get("legalName")), "%" + namePart.toLowerCase() + "%")); // SAFE sqli
            cq.orderBy(cb.asc(root.get("legalName")));
            return session.createQuery(cq).setMaxResults(max).getResultList();
        });
    }

    /**
     * Directory listing for the Struts importer screen, sortable by column.
     */
    public List<Importer> listSorted(String country, String sortKey, boolean descending) {
        String column = sortKey == null ? "legal_name" : SORT_COLUMNS.getOrDefault(sortKey, sortKey);
        String sql = "SELECT * FROM importer WHERE country = :country ORDER BY " + column + (descending ? " DESC" : " ASC");
        return HibernateSessions.read(session -> {
            NativeQuery<Importer> query = session.createNativeQuery(sql, Importer.class); // VULN sqli
            return query.setParameter("country", country).list();
        });
    }

    public Importer save(Importer importer) {
        return HibernateSessions.write(session -> session.merge(importer));
    }
}
