"""Portal configuration. Secrets come from the environment (see deploy/portal.env)."""
from __future__ import annotations

import os
from datetime import timedelta


class PortalConfig:
    SECRET_KEY = os.environ["PAWCHART_PORTAL_SECRET_KEY"]
    DATABASE_URL = os.environ.get(
        "PAWCHART_PORTAL_DATABASE_URL", "postgresql+psycopg://portal@localhost/pawchart_portal"
    )
    DOCUMENT_ROOT = os.environ.get("PAWCHART_PORTAL_DOCUMENTS", "/srv/pawchart/referrals/documents")
    LETTER_ROOT = os.environ.get("PAWCHART_PORTAL_LETTERS", "/srv/pawchart/referrals/letters")
    PORTAL_BASE_URL = os.environ.get("PAWCHART_PORTAL_BASE_URL", "https://referrals.pawchart.vet")
    TRUSTED_RECORD_DOMAIN = "pawchart.vet"
    SSO_ISSUER = "pawchart-api"
    MAIL_FROM = "referrals@pawchart.vet"
    SMTP_HOST = os.environ.get("PAWCHART_SMTP_HOST", "localhost")
    RESET_TOKEN_TTL = timedelta(hours=2)
    MAX_CONTENT_LENGTH = 25 * 1024 * 1024
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
