package com.claimwright.core.dao;

import com.claimwright.core.model.*;
import java.sql.*;
import java.util.*;
import javax.sql.DataSource;

public class ClaimJdbcDao {

    private static final String COLUMNS = "id, claim_number, policy_number, status, loss_type, loss_date, reserve_amount, adjuster_id";

    private final DataSource dataSource;

    public ClaimJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Claim> search(ClaimSearchCriteria criteria) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM claims WHERE 1=1");
        if (criteria.status() != null) {
            sql.append(" AND status = '").append(criteria.status().name()).append('\'');
        }
        if (criteria.policyNumber() != null) {
            sql.append(" AND policy_number LIKE '").append(criteria.policyNumber()).append("%'");
        }
        if (criteria.lossType() != null) {
            sql.append(" AND loss_type = '").append(criteria.lossType()).append('\'');
        }
        sql.append(" ORDER BY ").append(criteria.sort().orderClause()).append(" LIMIT ").append(criteria.limit());
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery(sql.toString())) { // VULN sqli
                return mapAll(rs);
            }
        }
    }

    public Optional<Claim> findByClaimNumber(String claimNumber) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT " + COLUMNS + " FROM claims WHERE claim_number = ?")) {
            ps.setString(1, claimNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return mapAll(rs).stream().findFirst();
            }
        }
    }

    /** Work queue for an adjuster, ordered by the clause saved in their preferences. */
    public List<Claim> findForAdjuster(String adjusterId, String savedOrderClause) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM claims WHERE adjuster_id = ? AND status <> 'CLOSED' ORDER BY " + savedOrderClause;
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) { // SAFE sqli
            ps.setString(1, adjusterId);
            try (ResultSet rs = ps.executeQuery()) {
                return mapAll(rs);
            }
        }
    }

    private static List<Claim> mapAll(ResultSet rs) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        while (rs.next()) {
            claims.add(new Claim(rs.getLong("id"), rs.getString("claim_number"), rs.getString("policy_number"),
                    ClaimStatus.valueOf(rs.getString("status")), rs.getString("loss_type"),
                    rs.getDate("loss_date").toLocalDate(), rs.getBigDecimal("reserve_amount"), rs.getString("adjuster_id")));
        }
        return claims;
    }
}
