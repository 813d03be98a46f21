package com.tariffly.repository;

import java.util.List;
import java.util.Optional;

import com.tariffly.model.CustomsDeclaration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class DeclarationSearchDao {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public CustomsDeclaration save(CustomsDeclaration declaration) {
        if (declaration.getId() == null) {
            em.persist(declaration);
            return declaration;
        }
        return em.merge(declaration);
    }

    public Optional<CustomsDeclaration> findById(long id) {
        return Optional.ofNullable(em.find(CustomsDeclaration.class, id));
    }

    public List<CustomsDeclaration> findByBroker(String brokerRef, String status) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM CustomsDeclaration d WHERE d.brokerRef = '")
                .append(brokerRef).append("'");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        jpql.append(" ORDER BY d.lodgedAt DESC");
        TypedQuery<CustomsDeclaration> query = em.createQuery(jpql.toString(), CustomsDeclaration.class); // VULN sqli
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(200).getResultList();
    }

    public List<CustomsDeclaration> findForImporter(long importerId, String hsPrefix) {
        TypedQuery<CustomsDeclaration> query = em.createQuery("SELECT d FROM CustomsDeclaration d WHERE d.importerId = :importerId AND d.hsCode LIKE :prefix ORDER BY d.lodgedAt DESC", CustomsDeclaration.class); // SAFE sqli
        query.setParameter("importerId", importerId);
        query.setParameter("prefix", (hsPrefix == null ? "" : hsPrefix) + "%");
        return query.setMaxResults(200).getResultList();
    }
}
