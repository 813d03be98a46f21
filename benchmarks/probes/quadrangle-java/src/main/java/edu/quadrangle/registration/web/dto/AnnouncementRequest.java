package edu.quadrangle.registration.web.dto;

public record AnnouncementRequest(String courseCode, String subject, String body) {
}
