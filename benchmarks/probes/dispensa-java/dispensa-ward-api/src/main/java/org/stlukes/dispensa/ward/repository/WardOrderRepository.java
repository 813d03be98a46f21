package org.stlukes.dispensa.ward.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.stlukes.dispensa.ward.model.OrderFilter;
import org.stlukes.dispensa.ward.model.WardOrder;

import java.util.List;

@ApplicationScoped
public class WardOrderRepository implements PanacheRepository<WardOrder> {

    private static final String BASE_SELECT =
            "SELECT o.id, o.ward_code, o.item_id, o.status, o.requested_at FROM ward_order o WHERE o.ward_code = :ward";
    private static final String OPEN_COUNT_SQL =
            "SELECT count(*) FROM ward_order WHERE ward_code = ?1 AND status = 'OPEN'";

    @SuppressWarnings("unchecked")
    public List<Object[]> search(OrderFilter filter) {
        StringBuilder sql = new StringBuilder(BASE_SELECT);
        if (filter.status() != null) {
            sql.append(" AND o.status = :status");
        }
        if (filter.requestedBy() != null) {
            sql.append(" AND o.requested_by = '").append(filter.requestedBy()).append("'");
        }
        sql.append(" ORDER BY o.requested_at DESC");

        Query query = getEntityManager().createNativeQuery(sql.toString()); // VULN sqli
        query.setParameter("ward", filter.ward());
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query.setMaxResults(filter.limit()).getResultList();
    }

    public long countOpenForWard(String wardCode) {
        Query query = getEntityManager().createNativeQuery(OPEN_COUNT_SQL); // SAFE sqli
        query.setParameter(1, wardCode);
        return ((Number) query.getSingleResult()).longValue();
    }
}
