package edu.quadrangle.registration.web.dto;

public record CourseSearchRequest(String query, String sort, Integer pageSize) {
}
