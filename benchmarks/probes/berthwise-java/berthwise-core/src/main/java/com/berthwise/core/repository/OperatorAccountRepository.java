package com.berthwise.core.repository;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import java.util.*;

@Singleton
@RequiredArgsConstructor
public class OperatorAccountRepository {
    public record OperatorAccount(String username, String passwordHash, String terminal, List<String> roles) {
    }

    private final EntityManager em;

    public Optional<OperatorAccount> findByUsername(String username) {
        List<?> rows = em.createNativeQuery(
                        "SELECT username, password_hash, terminal, roles FROM operator_account WHERE username = ?1 AND enabled")
                .setParameter(1, username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new OperatorAccount((String) r[0], (String) r[1], (String) r[2], List.of(((String) r[3]).split(","))));
    }

    public void updatePasswordHash(String username, String passwordHash) {
        em.createNativeQuery("UPDATE operator_account SET password_hash = ?1, updated_at = now() WHERE username = ?2")
                .setParameter(1, passwordHash)
                .setParameter(2, username)
                .executeUpdate();
    }
}
