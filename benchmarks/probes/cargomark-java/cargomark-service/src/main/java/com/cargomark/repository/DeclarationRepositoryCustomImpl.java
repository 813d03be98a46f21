package com.cargomark.repository;

import java.util.List;

import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.web.dto.DeclarationFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

public class DeclarationRepositoryCustomImpl implements DeclarationRepositoryCustom {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public List<CustomsDeclaration> findByFilter(DeclarationFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT d.* FROM customs_declaration d WHERE d.customer_id = :customerId");
        if (filter.hsPrefix() != null) {
            sql.append(" AND d.hs_code LIKE :hsPrefix");
        }
        if (filter.status() != null) {
            sql.append(" AND d.status = :status");
        }
        sql.append(" ORDER BY d.filed_at DESC NULLS LAST");

        Query query = entityManager.createNativeQuery(sql.toString(), CustomsDeclaration.class); // SAFE sqli
        query.setParameter("customerId", filter.customerId());
        if (filter.hsPrefix() != null) {
            query.setParameter("hsPrefix", filter.hsPrefix() + "%");
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        query.setMaxResults(filter.limit());
        return query.getResultList();
    }
}
