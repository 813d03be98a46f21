package com.lockgate.repository;

import com.lockgate.model.Boat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class BoatRepository extends JdbcSupport {

    private static final String SELECT = "SELECT id, name, registration_no, owner_email, length_metres, beam_metres, "
            + "hull_type, notes, registered_on FROM boat";

    public Optional<Boat> findByRegistration(String registrationNo) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE registration_no = ?")) {
            ps.setString(1, registrationNo);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw wrap("findByRegistration", e);
        }
    }

    public Optional<Boat> findById(long id) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw wrap("findById", e);
        }
    }

    /**
     * Free-text lookup used by lock keepers on the towpath tablet, where the name painted
     * on the hull is often all they have.
     */
    public List<Boat> searchByName(String fragment, int limit) {
        String sql = SELECT + " WHERE name ILIKE '%" + fragment + "%' ORDER BY name LIMIT " + limit;
        List<Boat> out = new ArrayList<>();
        try (Connection c = connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(sql)) { // VULN sqli
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        } catch (SQLException e) {
            throw wrap("searchByName", e);
        }
        return out;
    }

    public void updateNotes(long boatId, String notes) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("UPDATE boat SET notes = ? WHERE id = ?")) {
            ps.setString(1, notes);
            ps.setLong(2, boatId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap("updateNotes", e);
        }
    }

    private static Boat map(ResultSet rs) throws SQLException {
        Boat b = new Boat();
        b.setId(rs.getLong("id"));
        b.setName(rs.getString("name"));
        b.setRegistrationNo(rs.getString("registration_no"));
        b.setOwnerEmail(rs.getString("owner_email"));
        b.setLengthMetres(rs.getDouble("length_metres"));
        b.setBeamMetres(rs.getDouble("beam_metres"));
        b.setHullType(rs.getString("hull_type"));
        b.setNotes(rs.getString("notes"));
        Date reg = rs.getDate("registered_on");
        b.setRegisteredOn(reg == null ? null : reg.toLocalDate());
        return b;
    }
}
