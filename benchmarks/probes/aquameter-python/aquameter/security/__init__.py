"""Authentication, credential handling and request guards."""
