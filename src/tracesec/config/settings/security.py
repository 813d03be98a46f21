"""Web security defaults shared by every environment (production tightens cookies and HSTS)."""

from tracesec.config.env import env_int, env_list

ALLOWED_HOSTS = env_list("TRACE_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("TRACE_CSRF_TRUSTED_ORIGINS")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy set by `tracesec.common.middleware.ContentSecurityPolicyMiddleware`.
# No 'unsafe-inline' for scripts: templates carry no inline <script> and no on* handlers.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Request bodies: Django refuses larger form/JSON bodies; the API answers with the error envelope.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("TRACE_MAX_BODY_BYTES", 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000

# Sign-in throttling: failed attempts per email and per client address in a sliding window.
LOGIN_RATE_LIMIT_ATTEMPTS = env_int("TRACE_LOGIN_RATE_LIMIT", 10)
LOGIN_RATE_LIMIT_WINDOW_SECONDS = env_int("TRACE_LOGIN_RATE_LIMIT_WINDOW", 15 * 60)

INVITATION_TTL_DAYS = env_int("TRACE_INVITATION_TTL_DAYS", 7)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3
