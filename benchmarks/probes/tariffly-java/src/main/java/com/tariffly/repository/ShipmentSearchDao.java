package com.tariffly.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tariffly.dto.ApiModels.ShipmentSummary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;

@Repository
public class ShipmentSearchDao {

    private static final Map<String, String> LANE_SORT = Map.of(
            "eta", "s.eta",
            "weight", "s.gross_weight_kg",
            "carrier", "s.carrier_code",
            "reference", "s.reference");

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<ShipmentSummary> searchByStatus(String status, String orderColumn, String direction, int limit) {
        String sql = "SELECT s.id, s.reference, s.status, s.eta FROM shipment s "
                + "WHERE s.status = :status ORDER BY " + orderColumn + " " + direction;
        Query query = em.createNativeQuery(sql); // VULN sqli
        query.setParameter("status", status);
        query.setMaxResults(limit);
        List<Object[]> rows = query.getResultList();
        List<ShipmentSummary> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new ShipmentSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    row[3] == null ? null : ((Date) row[3]).toLocalDate()));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> laneReport(String originPort, String destinationPort, String sortKey) {
        String column = LANE_SORT.get(sortKey);
        if (column == null) {
            throw new IllegalArgumentException("Unsupported sort key: " + sortKey);
        }
        Query query = em.createNativeQuery("SELECT s.reference, s.carrier_code, s.eta, s.gross_weight_kg FROM shipment s WHERE s.origin_port = ?1 AND s.destination_port = ?2 ORDER BY " + column); // SAFE sqli
        query.setParameter(1, originPort);
        query.setParameter(2, destinationPort);
        return query.getResultList();
    }

    public BigDecimal totalWeight(List<Object[]> laneRows) {
        return laneRows.stream()
                .map(r -> r[3] == null ? BigDecimal.ZERO : (BigDecimal) r[3])
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
