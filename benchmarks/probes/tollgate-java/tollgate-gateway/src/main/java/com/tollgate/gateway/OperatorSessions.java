package com.tollgate.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.sql.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.mindrot.jbcrypt.BCrypt;

@ApplicationScoped
public class OperatorSessions {

    public record Operator(String username, String role) {}

    private record Session(Operator operator, Instant expires) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    public Optional<Operator> authenticate(String username, String password) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT password_hash, role FROM operators WHERE username = ? AND enabled")) {
            ps.setString(1, username);
            ResultSet rs = ps.executeQuery();
            boolean ok = rs.next() && password != null && BCrypt.checkpw(password, rs.getString(1));
            return ok ? Optional.of(new Operator(username, rs.getString(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("operator lookup failed", e);
        }
    }

    public String open(Operator operator) {
        String id = UUID.randomUUID().toString();
        sessions.put(id, new Session(operator, Instant.now().plus(Duration.ofHours(8))));
        return id;
    }

    public Operator require(String sessionId) {
        Session s = sessionId == null ? null : sessions.get(sessionId);
        if (s == null || s.expires().isBefore(Instant.now())) {
            throw new NotAuthorizedException("operator session required");
        }
        return s.operator();
    }
}
