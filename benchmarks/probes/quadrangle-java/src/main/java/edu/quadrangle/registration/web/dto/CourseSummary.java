package edu.quadrangle.registration.web.dto;

public record CourseSummary(String courseCode, String title, int credits, int seatsAvailable) {
}
