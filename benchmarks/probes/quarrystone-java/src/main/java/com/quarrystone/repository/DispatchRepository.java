package com.quarrystone.repository;

import com.quarrystone.domain.DispatchOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Dispatch orders - plain JDBC, this module predates the jOOQ migration. */
public class DispatchRepository {

    private static final String BASE_SELECT =
            "select d.id, d.reference, d.customer_id, d.site_code, d.product_code, d.ordered_tonnes, "
            + "d.dispatched_tonnes, d.delivery_postcode, d.delivery_address, d.assigned_truck, d.required_on, d.state "
            + "from dispatch_order d join customer c on c.id = d.customer_id ";

    private final DataSource dataSource;

    public DispatchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<DispatchOrder> findById(long id) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(BASE_SELECT + "where d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Dispatch board: all open orders for the day, sorted as the dispatcher chose. */
    public List<DispatchOrder> listOpen(String sortColumn, String direction) throws SQLException {
        String sql = BASE_SELECT + "where d.state not in ('DELIVERED', 'CANCELLED') order by " + sortColumn + " " + direction;
        try (Connection con = dataSource.getConnection();
             Statement st = con.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // VULN sqli
            return mapAll(rs);
        }
    }

    /** Site loading screen: orders for one quarry site, sorted by a pre-resolved column. */
    public List<DispatchOrder> listForSite(String siteCode, String sortColumn) throws SQLException {
        String sql = BASE_SELECT + "where d.site_code = ? and d.state in ('ASSIGNED', 'LOADING') order by " + sortColumn;
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setString(1, siteCode);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return mapAll(rs);
            }
        }
    }

    public long insert(DispatchOrder o) throws SQLException {
        String sql = "insert into dispatch_order (reference, customer_id, site_code, product_code, ordered_tonnes, "
                + "delivery_postcode, delivery_address, assigned_truck, required_on, state) values (?,?,?,?,?,?,?,?,?,?)";
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, o.getReference());
            ps.setLong(2, o.getCustomerId());
            ps.setString(3, o.getSiteCode());
            ps.setString(4, o.getProductCode());
            ps.setBigDecimal(5, o.getOrderedTonnes());
            ps.setString(6, o.getDeliveryPostcode());
            ps.setString(7, o.getDeliveryAddress());
            ps.setString(8, o.getAssignedTruck());
            ps.setDate(9, o.getRequiredOn() == null ? null : Date.valueOf(o.getRequiredOn()));
            ps.setString(10, o.getState().name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void updateState(long id, DispatchOrder.State state) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("update dispatch_order set state = ? where id = ?")) {
            ps.setString(1, state.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    public void addDispatchedTonnes(long id, BigDecimal tonnes) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(
                     "update dispatch_order set dispatched_tonnes = dispatched_tonnes + ? where id = ?")) {
            ps.setBigDecimal(1, tonnes);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static List<DispatchOrder> mapAll(ResultSet rs) throws SQLException {
        List<DispatchOrder> out = new ArrayList<>();
        while (rs.next()) {
            out.add(map(rs));
        }
        return out;
    }

    private static DispatchOrder map(ResultSet rs) throws SQLException {
        DispatchOrder o = new DispatchOrder();
        o.setId(rs.getLong("id"));
        o.setReference(rs.getString("reference"));
        o.setCustomerId(rs.getLong("customer_id"));
        o.setSiteCode(rs.getString("site_code"));
        o.setProductCode(rs.getString("product_code"));
        o.setOrderedTonnes(rs.getBigDecimal("ordered_tonnes"));
        o.setDispatchedTonnes(rs.getBigDecimal("dispatched_tonnes"));
        o.setDeliveryPostcode(rs.getString("delivery_postcode"));
        o.setDeliveryAddress(rs.getString("delivery_address"));
        o.setAssignedTruck(rs.getString("assigned_truck"));
        Date required = rs.getDate("required_on");
        o.setRequiredOn(required == null ? null : required.toLocalDate());
        o.setState(DispatchOrder.State.valueOf(rs.getString("state")));
        return o;
    }
}
