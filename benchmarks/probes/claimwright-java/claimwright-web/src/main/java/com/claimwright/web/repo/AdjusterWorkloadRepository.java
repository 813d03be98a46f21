package com.claimwright.web.repo;

import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AdjusterWorkloadRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public AdjusterWorkloadRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public List<Map<String, Object>> openClaimsByLossType(String adjusterId, String lossType) {
        return jdbc.queryForList("SELECT claim_number, status, reserve_amount, loss_date FROM claims WHERE adjuster_id = '" + adjusterId + "' AND loss_type = '" + lossType + "' AND status <> 'CLOSED'"); // VULN sqli
    }

    public List<Map<String, Object>> claimsByStatus(String adjusterId, String status) {
        return named.queryForList("SELECT claim_number, status, reserve_amount, loss_date FROM claims WHERE adjuster_id = :adjusterId AND status = :status", Map.of("adjusterId", adjusterId, "status", status)); // SAFE sqli
    }
}
