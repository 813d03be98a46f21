"""Production settings: required secret, HTTPS-only cookies, HSTS, hashed static files.

Run behind a TLS-terminating reverse proxy that sets `X-Forwarded-Proto`.
"""

from __future__ import annotations

from tracesec.config.django.base import *  # noqa: F403
from tracesec.config.env import env_bool, env_int, env_required

DEBUG = False
SECRET_KEY = env_required("TRACE_SECRET_KEY")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("TRACE_SECURE_SSL_REDIRECT", True)
# Health checks from the proxy/orchestrator may come over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("TRACE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("TRACE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("TRACE_HSTS_PRELOAD", True)
WHITENOISE_USE_FINDERS = False
# outgoing webhooks never reach private, loopback or link-local addresses (SSRF)
TRACE_WEBHOOK_ALLOW_PRIVATE = False
