"""Configuration objects for the Controlpoint web application."""
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CONTROLPOINT_VAR_DIR", BASE_DIR / "var"))


class Config:
    SECRET_KEY = os.environ.get("CONTROLPOINT_SECRET_KEY")  # SAFE secret
    DATABASE_URL = os.environ.get(
        "DATABASE_URL", "postgresql+psycopg://controlpoint@localhost:5432/controlpoint"
    )
    CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
    CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")

    UPLOAD_DIR = str(VAR_DIR / "uploads")
    EXTRACT_DIR = str(VAR_DIR / "extracted")
    MAP_DIR = str(VAR_DIR / "maps")
    DOCUMENTS_DIR = str(VAR_DIR / "documents")
    LOGO_DIR = str(VAR_DIR / "logos")
    EXPORT_DIR = str(VAR_DIR / "exports")
    REPORT_DIR = str(VAR_DIR / "reports")
    BACKUP_DIR = str(VAR_DIR / "backups")
    MAX_CONTENT_LENGTH = 25 * 1024 * 1024

    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_SAMESITE = "Lax"

    CORS_TRUSTED_SUFFIX = "controlpoint.org"
    TIMING_BOX_URL = os.environ.get("TIMING_BOX_URL", "https://timing.local:8443")
    TIMING_CA_BUNDLE = os.environ.get("TIMING_CA_BUNDLE", "/etc/controlpoint/timing-ca.pem")
    EVENTOR_BASE_URL = "https://eventor.orienteering.org/api"
    TILE_HOSTS = ("tiles.openorienteeringmap.org", "tile.openstreetmap.org")

    LDAP_URL = os.environ.get("FEDERATION_LDAP_URL", "ldaps://directory.orienteering.org")
    LDAP_BASE_DN = "ou=members,dc=orienteering,dc=org"
    LDAP_BIND_DN = os.environ.get("FEDERATION_LDAP_BIND_DN", "")
    LDAP_BIND_PASSWORD = os.environ.get("FEDERATION_LDAP_PASSWORD", "")

    API_JWT_AUDIENCE = "controlpoint-api"
    PASSWORD_RESET_TTL = timedelta(hours=2)


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"
    DATABASE_URL = "sqlite+pysqlite:///:memory:"
    SESSION_COOKIE_SECURE = False


def load_config(name: str | None = None) -> type[Config]:
    name = name or os.environ.get("CONTROLPOINT_ENV", "production")
    if name == "testing":
        return TestingConfig
    return Config
