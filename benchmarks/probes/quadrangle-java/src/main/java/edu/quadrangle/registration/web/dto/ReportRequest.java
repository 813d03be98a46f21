package edu.quadrangle.registration.web.dto;

public record ReportRequest(long studentId, String outputName, boolean includeWithdrawn) {
}
