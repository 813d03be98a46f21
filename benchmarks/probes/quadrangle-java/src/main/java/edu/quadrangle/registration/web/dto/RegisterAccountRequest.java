package edu.quadrangle.registration.web.dto;

public record RegisterAccountRequest(String netId, String email, String displayName, String password) {
}
