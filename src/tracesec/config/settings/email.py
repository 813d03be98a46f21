"""Outgoing email: console backend by default, SMTP when `TRACE_EMAIL_BACKEND=smtp`."""

from django.core.exceptions import ImproperlyConfigured

from tracesec.config.env import env_bool, env_int, env_str

_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
_choice = env_str("TRACE_EMAIL_BACKEND", "console")
if _choice not in _BACKENDS:
    raise ImproperlyConfigured("TRACE_EMAIL_BACKEND must be one of: console, smtp, locmem.")
EMAIL_BACKEND = _BACKENDS[_choice]
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Trace <trace@localhost>")
