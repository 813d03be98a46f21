package com.nacelle.repository;

import java.util.Arrays;
import java.util.List;

import com.nacelle.domain.Inspection;
import com.nacelle.domain.Inspection.Severity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Custom fragment picked up by Spring Data for {@link InspectionRepository}.
 */
public class InspectionRepositoryImpl implements InspectionRepositoryCustom {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Inspection> searchByInspector(String inspectorName) {
        String jpql = "SELECT i FROM Inspection i WHERE lower(i.inspectorName) LIKE lower('%" + inspectorName + "%') ORDER BY i.inspectedAt DESC";
        TypedQuery<Inspection> query = entityManager.createQuery(jpql, Inspection.class); // VULN sqli
        query.setMaxResults(200);
        return query.getResultList();
    }

    @Override
    public List<Inspection> searchFindings(Severity minimumSeverity, String text, int limit) {
        List<Severity> severities = Arrays.stream(Severity.values())
                .filter(s -> s.ordinal() >= minimumSeverity.ordinal())
                .toList();
        TypedQuery<Inspection> query = entityManager.createQuery("SELECT i FROM Inspection i WHERE i.severity IN :sev AND lower(i.findings) LIKE :text ORDER BY i.inspectedAt DESC", Inspection.class); // SAFE sqli
        query.setParameter("sev", severities);
        query.setParameter("text", "%" + text.toLowerCase() + "%");
        query.setMaxResults(Math.min(limit, 500));
        return query.getResultList();
    }
}
