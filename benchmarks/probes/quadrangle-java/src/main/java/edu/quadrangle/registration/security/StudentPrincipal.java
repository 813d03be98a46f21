package edu.quadrangle.registration.security;

public record StudentPrincipal(String studentId, String role) {

    public boolean isAdvisor() {
        return "ADVISOR".equals(role) || "REGISTRAR".equals(role);
    }

    public boolean owns(long studentRecordId) {
        return studentId != null && studentId.equals(Long.toString(studentRecordId));
    }
}
