"""Database: SQLite (WAL) in the data directory by default, PostgreSQL via `DATABASE_URL`."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from tracesec.config.env import data_dir, env_int, env_str


def database_from_url(url: str) -> dict[str, Any]:
    """Turn `postgres://user:pass@host:port/name?sslmode=...` into a Django DATABASES entry."""
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured("DATABASE_URL must name a database.")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": env_int("TRACE_DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": dict(parse_qsl(parts.query)),
        }
    if parts.scheme == "sqlite":
        return sqlite_database(unquote(parts.path))
    # Never echo the URL: it may carry a password.
    raise ImproperlyConfigured("DATABASE_URL must start with postgres:// or sqlite://.")


def sqlite_database(path: str) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        # WAL lets the web process read while the worker writes; IMMEDIATE takes the write lock
        # at BEGIN so concurrent writers wait (busy timeout) instead of failing mid-transaction.
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


def default_databases() -> dict[str, dict[str, Any]]:
    url = env_str("DATABASE_URL")
    if url:
        return {"default": database_from_url(url)}
    directory = data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return {"default": sqlite_database(str(directory / "trace.sqlite3"))}


DATABASES = default_databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
