"""Runtime configuration for all Brightwell components.

Values come from the environment so the same code base can run the public site,
the admin console, the API and the Huey workers with different settings.
"""
import os
from dataclasses import dataclass, field
from pathlib import Path


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("BRIGHTWELL_DATA", "/var/lib/brightwell"))


def _required(name: str) -> str:
    value = os.environ.get(name, "")
    if len(value) < 32:
        raise RuntimeError(f"{name} must be set to a random value of at least 32 characters")
    return value


def _bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class StorageSettings:
    photo_dir: Path = DATA_DIR / "photos"
    thumb_dir: Path = DATA_DIR / "thumbs"
    map_dir: Path = DATA_DIR / "site-maps"
    export_dir: Path = DATA_DIR / "exports"
    seed_library_dir: Path = DATA_DIR / "seed-library"
    import_dir: Path = DATA_DIR / "imports"


@dataclass(frozen=True)
class DirectorySettings:
    server_uri: str = os.environ.get("BRIGHTWELL_LDAP_URI", "ldaps://directory.allotments.local")
    base_dn: str = os.environ.get("BRIGHTWELL_LDAP_BASE", "ou=members,dc=allotments,dc=local")
    bind_dn: str = os.environ.get("BRIGHTWELL_LDAP_BIND", "cn=brightwell,ou=services,dc=allotments,dc=local")
    bind_password: str = "Sh0vel&Rake-2019"  # VULN secret


@dataclass(frozen=True)
class Settings:
    env: str = os.environ.get("BRIGHTWELL_ENV", "production")
    database_url: str = os.environ.get("BRIGHTWELL_DATABASE_URL", f"sqlite:///{DATA_DIR / 'brightwell.db'}")
    reports_dsn: str = os.environ.get("BRIGHTWELL_REPORTS_DSN", "dbname=brightwell_reports")
    reports_sqlite: str = os.environ.get("BRIGHTWELL_REPORTS_SQLITE", str(DATA_DIR / "harvest.db"))
    public_base_url: str = os.environ.get("BRIGHTWELL_PUBLIC_URL", "https://brightwell.org")
    admin_base_url: str = os.environ.get("BRIGHTWELL_ADMIN_URL", "https://admin.brightwell.org")
    jwt_signing_key: str = _required("BRIGHTWELL_JWT_KEY")  # SAFE secret
    jwt_issuer: str = "brightwell"
    cookie_secret: str = _required("BRIGHTWELL_COOKIE_SECRET")
    weather_base_url: str = "https://weather.brightwell.org/v1"
    water_meter_url: str = os.environ.get("BRIGHTWELL_WATER_URL", "https://meters.citywater.example/api")
    mail_from: str = "plots@brightwell.org"
    smtp_host: str = os.environ.get("BRIGHTWELL_SMTP", "localhost")
    huey_db: str = str(DATA_DIR / "queue.db")
    allowed_api_origins: tuple = ("https://brightwell.org", "https://app.brightwell.org")
    debug: bool = _bool("BRIGHTWELL_DEBUG")
    storage: StorageSettings = field(default_factory=StorageSettings)
    directory: DirectorySettings = field(default_factory=DirectorySettings)


settings = Settings()
