package org.hemalink.orders;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OrderRepository implements PanacheRepository<HospitalOrder> {

    @Inject
    AgroalDataSource dataSource;

    public List<HospitalOrder> openForHospital(long hospitalId) {
        return list("hospital.id = ?1 and status not in (?2, ?3)", Sort.descending("requestedAt"),
                hospitalId, HospitalOrder.Status.DELIVERED, HospitalOrder.Status.CANCELLED);
    }

    /** Called from the fulfilment consumer, outside the request transaction. */
    public int appendDispatchNote(long orderId, String courierRef, String note) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            return st.executeUpdate("UPDATE hospital_order SET courier_ref = '" + courierRef + "', dispatch_note = coalesce(dispatch_note, '') || '" + note + "' WHERE id = " + orderId); // VULN sqli
        }
    }

    public int markStatus(long orderId, HospitalOrder.Status status, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE hospital_order SET status = ?, dispatched_at = coalesce(dispatched_at, ?) WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setLong(3, orderId);
            return ps.executeUpdate(); // SAFE sqli
        }
    }
}
