package com.moorgate.db;

import com.moorgate.api.Claim;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboard counts and the desk-filtered claim search.
 */
public class ClaimSearchRepository {

    private final Jdbi jdbi;

    public ClaimSearchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Claim> searchForDesk(String desk, String carrier, String status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ClaimDao.CLAIM_COLUMNS).append(" FROM claims c WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (desk != null && !desk.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM desk_carriers d WHERE d.carrier_code = c.carrier_code AND d.desk = :desk)");
            binds.put("desk", desk);
        }
        if (carrier != null && !carrier.isBlank()) {
            sql.append(" AND c.carrier_code = :carrier");
            binds.put("carrier", carrier.toUpperCase());
        }
        if (status != null && !status.isBlank()) {
            sql.append(" AND c.status = :status");
            binds.put("status", status);
        }
        sql.append(" ORDER BY c.created_at DESC LIMIT :limit");
        binds.put("limit", limit);
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql.toString()); // SAFE sqli
            binds.forEach(query::bind);
            return query.mapToBean(Claim.class).list();
        });
    }

    public Map<String, Integer> openCountsByCarrier() {
        return jdbi.withHandle(handle -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            handle.createQuery("SELECT carrier_code, count(*) AS n FROM claims WHERE status = 'OPEN' GROUP BY carrier_code ORDER BY n DESC")
                    .map((rs, ctx) -> Map.entry(rs.getString("carrier_code"), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    public List<String> carriersWithBacklog(int threshold) {
        return jdbi.withHandle(handle -> new ArrayList<>(handle
                .createQuery("SELECT carrier_code FROM claims WHERE status = 'OPEN' GROUP BY carrier_code HAVING count(*) > :t")
                .bind("t", threshold)
                .mapTo(String.class)
                .list()));
    }
}
