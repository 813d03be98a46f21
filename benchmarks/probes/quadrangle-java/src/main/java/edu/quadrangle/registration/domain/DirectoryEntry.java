package edu.quadrangle.registration.domain;

public record DirectoryEntry(String netId, String displayName, String mail, String department) {
}
