package com.berthwise.core.repository;

import com.berthwise.core.config.LegacyTosConnections;
import com.berthwise.core.model.BerthPlanFilter;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import java.sql.*;
import java.time.OffsetDateTime;
import java.util.*;
import javax.sql.DataSource;

@Singleton
@RequiredArgsConstructor
public class BerthPlanJdbcRepository {
    public record BerthPlanRow(String berthCode, String vesselName, OffsetDateTime eta, OffsetDateTime etd, int plannedMoves) {
    }

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "eta", "bp.eta",
            "etd", "bp.etd",
            "vessel", "bp.vessel_name",
            "berth", "bp.berth_code",
            "moves", "bp.planned_moves");
    private static final String SELECT_PLAN =
            "SELECT bp.berth_code, bp.vessel_name, bp.eta, bp.etd, bp.planned_moves FROM berth_plan bp ";

    private final DataSource dataSource;

    public List<BerthPlanRow> listForQuay(BerthPlanFilter filter) throws SQLException {
        String orderBy = SORT_COLUMNS.getOrDefault(filter.sortKey(), "bp.eta");
        String sql = SELECT_PLAN + "WHERE bp.quay = ? ORDER BY " + orderBy + " LIMIT " + filter.limit();
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement ps = c.prepareStatement(sql); // SAFE sqli
            ps.setString(1, filter.quay());
            return readRows(ps.executeQuery());
        }
    }

    public List<BerthPlanRow> findByVessel(BerthPlanFilter filter) throws SQLException {
        String sql = SELECT_PLAN + "WHERE bp.vessel_name = '" + filter.vesselName() + "' ORDER BY bp.eta LIMIT " + filter.limit();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(sql); // VULN sqli
            return readRows(rs);
        }
    }

    public List<BerthPlanRow> legacyWindows() throws SQLException {
        try (Connection c = LegacyTosConnections.openReadOnly();
             PreparedStatement ps = c.prepareStatement("SELECT berth, vessel, eta, etd, moves FROM berth_window WHERE eta > now()")) {
            return readRows(ps.executeQuery());
        }
    }

    private static List<BerthPlanRow> readRows(ResultSet rs) throws SQLException {
        List<BerthPlanRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new BerthPlanRow(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                    rs.getObject(4, OffsetDateTime.class), rs.getInt(5)));
        }
        return rows;
    }
}
