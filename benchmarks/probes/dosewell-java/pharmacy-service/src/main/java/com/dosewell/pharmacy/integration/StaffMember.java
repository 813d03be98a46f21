package com.dosewell.pharmacy.integration;

import java.util.Set;

public record StaffMember(String dn, String uid, String displayName, String employeeId, Set<String> roles) {
}
