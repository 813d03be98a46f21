package com.tollgate.api.domain;

public record Account(Long id, String email, String fullName, String plate, String passwordHash, String status) {
    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
