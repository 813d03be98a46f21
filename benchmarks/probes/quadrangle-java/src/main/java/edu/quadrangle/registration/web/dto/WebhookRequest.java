package edu.quadrangle.registration.web.dto;

public record WebhookRequest(String callbackUrl, String event, String departmentCode) {
}
