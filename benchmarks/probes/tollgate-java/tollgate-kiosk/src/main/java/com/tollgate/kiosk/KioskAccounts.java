package com.tollgate.kiosk;

import io.javalin.http.*;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.*;
import java.util.*;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;

final class KioskAccounts {

    record KioskUser(long accountId, String name) {}

    record OpenItem(String invoiceNo, int totalCents, String dueOn) {}

    private final DataSource dataSource;

    KioskAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<KioskUser> verifyPin(String plate, String pin) throws SQLException {
        String sql = "SELECT a.id, a.full_name, k.pin_hash FROM accounts a JOIN kiosk_pins k ON k.account_id = a.id WHERE a.plate = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plate == null ? "" : plate.strip().toUpperCase(Locale.ROOT));
            ResultSet rs = ps.executeQuery();
            return rs.next() && matches(rs.getString(3), pin) ? Optional.of(new KioskUser(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    void changePin(long accountId, String currentPin, String newPin) throws SQLException {
        if (newPin == null || !newPin.matches("\\d{6}")) {
            throw new BadRequestResponse("PIN must have six digits");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT pin_hash FROM kiosk_pins WHERE account_id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE kiosk_pins SET pin_hash = ?, changed_at = now() WHERE account_id = ?")) {
            select.setLong(1, accountId);
            ResultSet rs = select.executeQuery();
            if (!rs.next() || !matches(rs.getString(1), currentPin)) {
                throw new ForbiddenResponse("current PIN does not match");
            }
            update.setString(1, hashPin(newPin));
            update.setLong(2, accountId);
            update.executeUpdate();
        }
    }

    List<OpenItem> openItems(String plate) throws SQLException {
        String sql = "SELECT i.invoice_no, i.total_cents, i.due_on::text FROM invoices i JOIN accounts a ON a.id = i.account_id "
                + "WHERE a.plate = ? AND i.status = 'OPEN' ORDER BY i.due_on";
        List<OpenItem> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plate.strip().toUpperCase(Locale.ROOT));
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                items.add(new OpenItem(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return items;
    }

    private static boolean matches(String storedHash, String pin) {
        return pin != null && MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), hashPin(pin).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hashPin(String pin) {
        return DigestUtils.md5Hex(pin); // VULN hash
    }
}
