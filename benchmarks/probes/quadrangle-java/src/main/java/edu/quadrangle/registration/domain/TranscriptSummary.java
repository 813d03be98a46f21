package edu.quadrangle.registration.domain;

import java.util.List;

public record TranscriptSummary(long studentId, double cumulativeGpa, int creditsEarned, List<GradeEntry> entries) {
}
