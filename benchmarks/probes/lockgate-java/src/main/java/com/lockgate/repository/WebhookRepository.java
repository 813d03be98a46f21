package com.lockgate.repository;

import com.lockgate.model.WebhookSubscription;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public class WebhookRepository extends JdbcSupport {

    public long save(WebhookSubscription sub) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO webhook_subscription (partner_name, lock_code, callback_url, shared_secret, active) "
                             + "VALUES (?, ?, ?, ?, true) RETURNING id")) {
            ps.setString(1, sub.getPartnerName());
            ps.setString(2, sub.getLockCode());
            ps.setString(3, sub.getCallbackUrl());
            ps.setString(4, sub.getSharedSecret());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw wrap("save", e);
        }
    }

    public List<WebhookSubscription> activeForLock(String lockCode) {
        List<WebhookSubscription> subs = new ArrayList<>();
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, partner_name, lock_code, callback_url, shared_secret FROM webhook_subscription "
                             + "WHERE active AND (lock_code = ? OR lock_code = '*')")) {
            ps.setString(1, lockCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    WebhookSubscription s = new WebhookSubscription();
                    s.setId(rs.getLong(1));
                    s.setPartnerName(rs.getString(2));
                    s.setLockCode(rs.getString(3));
                    s.setCallbackUrl(rs.getString(4));
                    s.setSharedSecret(rs.getString(5));
                    subs.add(s);
                }
            }
        } catch (SQLException e) {
            throw wrap("activeForLock", e);
        }
        return subs;
    }

    public void deactivate(long id) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscription SET active = false WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap("deactivate", e);
        }
    }
}
