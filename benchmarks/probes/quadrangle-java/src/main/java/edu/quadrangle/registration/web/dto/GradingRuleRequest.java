package edu.quadrangle.registration.web.dto;

import java.util.List;

public record GradingRuleRequest(String courseCode, String curveExpression, double maxPoints, List<Double> sampleScores) {
}
