"""Security helpers: tokens, password hashing, URL and path guards, JWT."""
