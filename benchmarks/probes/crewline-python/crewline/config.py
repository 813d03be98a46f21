"""Runtime configuration, read from CREWLINE_* environment variables."""
import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None):
    def load() -> str:
        value = os.environ.get(name, default)
        if value is None:
            raise RuntimeError(f"missing required environment variable {name}")
        return value

    return field(default_factory=load)


@dataclass(frozen=True)
class Settings:
    environment: str = _env("CREWLINE_ENV", "dev")
    pg_host: str = _env("CREWLINE_PG_HOST", "localhost")
    pg_port: str = _env("CREWLINE_PG_PORT", "5432")
    pg_database: str = _env("CREWLINE_PG_DATABASE", "crewline")
    sqlalchemy_url: str = _env("CREWLINE_SQLA_URL", "postgresql+asyncpg://crewline_ro@localhost/crewline")
    mongo_url: str = _env("CREWLINE_MONGO_URL", "mongodb://localhost:27017")
    training_db_path: str = _env("CREWLINE_TRAINING_DB", "/var/lib/crewline/training.sqlite3")
    jwt_secret: str = _env("CREWLINE_JWT_SECRET")
    jwt_issuer: str = "crewline"
    token_ttl_minutes: int = 45
    doc_root: str = _env("CREWLINE_DOC_ROOT", "/srv/crewline/documents")
    library_root: str = _env("CREWLINE_LIBRARY_ROOT", "/srv/crewline/library")
    manuals_root: str = _env("CREWLINE_MANUALS_ROOT", "/srv/crewline/manuals")
    bundle_dir: str = _env("CREWLINE_BUNDLE_DIR", "/srv/crewline/bundles")
    export_dir: str = _env("CREWLINE_EXPORT_DIR", "/srv/crewline/exports")
    publish_dir: str = _env("CREWLINE_PUBLISH_DIR", "/srv/crewline/published")
    training_ledger_path: str = _env("CREWLINE_TRAINING_LEDGER", "/srv/crewline/ledger/training-ledger.xml")
    template_dir: str = os.path.join(os.path.dirname(__file__), "templates")
    wkhtmltopdf: str = _env("CREWLINE_WKHTMLTOPDF", "/usr/local/bin/wkhtmltopdf")
    ldap_url: str = _env("CREWLINE_LDAP_URL", "ldaps://directory.crewline.example")
    ldap_base_dn: str = _env("CREWLINE_LDAP_BASE_DN", "ou=crew,dc=crewline,dc=example")
    ldap_bind_dn: str = _env("CREWLINE_LDAP_BIND_DN", "cn=crewline-api,ou=services,dc=crewline,dc=example")
    ldap_bind_password: str = _env("CREWLINE_LDAP_BIND_PASSWORD")
    roster_feed_timeout: float = 20.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
