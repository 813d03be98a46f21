package com.dosewell.pharmacy.repository;

import com.dosewell.pharmacy.model.Drug;
import com.dosewell.pharmacy.model.FormularyStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class DrugRepository implements PanacheRepository<Drug> {

    @Inject
    EntityManager em;

    public Optional<Drug> findByNdc(String ndc) {
        return find("ndc", ndc).firstResultOptional();
    }

    public List<Drug> findByStatus(FormularyStatus status) {
        return list("formularyStatus = ?1 order by name", status);
    }

    /**
     * Free-text formulary search. {@code orderColumn} must be one of the columns
     * returned by SortColumns.
     */
    @SuppressWarnings("unchecked")
    public List<Drug> search(String term, String orderColumn, boolean descending) {
        String sql = "SELECT d.* FROM drug d "
                + "WHERE lower(d.name) LIKE :term OR lower(d.generic_name) LIKE :term OR d.ndc LIKE :term "
                + "ORDER BY " + orderColumn + (descending ? " DESC" : " ASC");
        return em.createNativeQuery(sql, Drug.class) // SAFE sqli
                .setParameter("term", "%" + term.toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * Spend per product within a therapeutic class, with the number of active orders.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> costReportByClass(String therapeuticClass, String orderBy) {
        String sql = "SELECT d.ndc, d.name, d.strength, d.unit_cost, count(p.id) AS orders "
                + "FROM drug d LEFT JOIN prescription p ON p.drug_id = d.id AND p.status = 'ACTIVE' "
                + "WHERE d.therapeutic_class = :cls "
                + "GROUP BY d.ndc, d.name, d.strength, d.unit_cost "
                + "ORDER BY " + orderBy;
        return em.createNativeQuery(sql).setParameter("cls", therapeuticClass).getResultList(); // VULN sqli
    }

    public long countControlled() {
        return count("controlledSchedule is not null");
    }
}
