"""Runtime configuration, read from the environment with sensible local defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: _env("MILLRACE_DATABASE_URL", "postgresql+psycopg://millrace@localhost/millrace"))
    reports_dsn: str = field(default_factory=lambda: _env("MILLRACE_REPORTS_DSN", "postgresql://millrace_ro@localhost/millrace"))
    broker_url: str = field(default_factory=lambda: _env("MILLRACE_BROKER_URL", "redis://localhost:6379/3"))
    secret_key: str = field(default_factory=lambda: _env("MILLRACE_SECRET_KEY", "dev-only-change-me"))
    partner_jwt_secret: str = field(default_factory=lambda: _env("MILLRACE_PARTNER_JWT_SECRET"))  # SAFE secret
    site_base_url: str = field(default_factory=lambda: _env("MILLRACE_SITE_URL", "https://tickets.millrace.org.uk"))
    media_root: Path = field(default_factory=lambda: Path(_env("MILLRACE_MEDIA_ROOT", str(BASE_DIR / "var" / "media"))))
    documents_root: Path = field(default_factory=lambda: Path(_env("MILLRACE_DOCS_ROOT", str(BASE_DIR / "var" / "documents"))))
    export_root: Path = field(default_factory=lambda: Path(_env("MILLRACE_EXPORT_ROOT", str(BASE_DIR / "var" / "exports"))))
    ldap_url: str = field(default_factory=lambda: _env("MILLRACE_LDAP_URL", "ldaps://directory.millrace.org.uk"))
    ldap_base_dn: str = field(default_factory=lambda: _env("MILLRACE_LDAP_BASE", "ou=staff,dc=millrace,dc=org,dc=uk"))
    weather_api: str = field(default_factory=lambda: _env("MILLRACE_WEATHER_API", "https://api.met-feed.example/v2"))
    pdf_binary: str = field(default_factory=lambda: _env("MILLRACE_PDF_BINARY", "/usr/bin/wkhtmltopdf"))
    partner_hosts: tuple[str, ...] = ("api.millrace.org.uk", "partners.millrace.org.uk", "hooks.visitwessex.example")
    allowed_origins: tuple[str, ...] = ("https://tickets.millrace.org.uk", "https://partners.visitwessex.example")


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings
