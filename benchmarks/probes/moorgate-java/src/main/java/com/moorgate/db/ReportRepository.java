package com.moorgate.db;

import com.moorgate.api.ClaimReportRow;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for the management reports: the queries are large and tuned by hand.
 */
public class ReportRepository {

    private static final String SUMMARY_SELECT = "SELECT p.region, c.carrier_code, c.status, count(*) AS claim_count, "
            + "sum(c.claimed_amount) AS total_claimed, sum(coalesce(r.reserve_amount, 0)) AS total_reserved "
            + "FROM claims c JOIN ports p ON p.port_code = c.port_code LEFT JOIN reserves r ON r.claim_id = c.id ";

    private static final String SUMMARY_GROUP = " GROUP BY p.region, c.carrier_code, c.status ORDER BY p.region, c.carrier_code";

    private final DataSource dataSource;

    public ReportRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ClaimReportRow> regionSummary(String region) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            String sql = SUMMARY_SELECT + "WHERE p.region = '" + region + "'" + SUMMARY_GROUP;
            try (ResultSet rs = stmt.executeQuery(sql)) { // VULN sqli
                return readRows(rs);
            }
        }
    }

    public List<ClaimReportRow> lossPeriodSummary(String fromDate, String toDate) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            String where = "WHERE c.loss_date BETWEEN DATE '" + fromDate + "' AND DATE '" + toDate + "'";
            try (ResultSet rs = stmt.executeQuery(SUMMARY_SELECT + where + SUMMARY_GROUP)) { // VULN sqli
                return readRows(rs);
            }
        }
    }

    public List<ClaimReportRow> carrierYearSummary(String carrier, int year) throws SQLException {
        String sql = SUMMARY_SELECT + "WHERE c.carrier_code = ? AND extract(year FROM c.loss_date) = ?" + SUMMARY_GROUP;
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, carrier);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return readRows(rs);
            }
        }
    }

    private static List<ClaimReportRow> readRows(ResultSet rs) throws SQLException {
        List<ClaimReportRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new ClaimReportRow(rs.getString("region"), rs.getString("carrier_code"), rs.getString("status"),
                    rs.getLong("claim_count"), rs.getBigDecimal("total_claimed"), rs.getBigDecimal("total_reserved")));
        }
        return rows;
    }
}
