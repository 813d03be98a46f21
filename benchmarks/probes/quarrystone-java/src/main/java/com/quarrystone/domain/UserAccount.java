package com.quarrystone.domain;

import java.util.Set;

/** An operator (weighbridge clerk, dispatcher, admin) or a customer portal user. */
public class UserAccount {

    private long id;
    private String username;
    private String email;
    private String passwordHash;
    private String passwordScheme;
    private Long customerId;
    private Set<String> roles = Set.of();

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getPasswordScheme() { return passwordScheme; }
    public void setPasswordScheme(String passwordScheme) { this.passwordScheme = passwordScheme; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = roles; }
}
