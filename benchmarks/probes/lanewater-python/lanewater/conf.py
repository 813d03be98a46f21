"""Runtime configuration shared by the public API, the staff service and the job worker.

Everything that differs between environments is read from the process environment so the
same image can run in staging and production.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
TEMPLATE_DIR = BASE_DIR / "templates"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_list(name: str, default: str = "") -> list[str]:
    raw = _env(name, default) or ""
    return [item.strip() for item in raw.split(",") if item.strip()]


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.lower() in {"1", "true", "yes", "on"}


DEBUG = _env_bool("LANEWATER_DEBUG")
ENVIRONMENT = _env("LANEWATER_ENV", "production")

# --- databases --------------------------------------------------------------------------
DATABASE_URL = _env("LANEWATER_DATABASE_URL", "mysql://lanewater@localhost:3306/lanewater")
REPORTS_DB_HOST = _env("LANEWATER_REPORTS_DB_HOST", "reports-replica.internal")
REPORTS_DB_PORT = int(_env("LANEWATER_REPORTS_DB_PORT", "3306"))
REPORTS_DB_NAME = _env("LANEWATER_REPORTS_DB_NAME", "lanewater")

# --- queue ------------------------------------------------------------------------------
REDIS_URL = _env("LANEWATER_REDIS_URL", "redis://localhost:6379/3")

# --- storage ----------------------------------------------------------------------------
STORAGE_ROOT = Path(_env("LANEWATER_STORAGE_ROOT", "/var/lib/lanewater"))
DOCUMENTS_DIR = STORAGE_ROOT / "documents"
EXPORTS_DIR = STORAGE_ROOT / "exports"
UPLOADS_DIR = STORAGE_ROOT / "uploads"
IMPORTS_DIR = STORAGE_ROOT / "imports"
PHOTOS_DIR = STORAGE_ROOT / "photos"
WORK_DIR = STORAGE_ROOT / "tmp"

STAFF_UPLOAD_CATEGORIES = ("first-aid", "pool-lifeguard", "cpr", "id-documents")

# --- public URLs ------------------------------------------------------------------------
PUBLIC_BASE_URL = _env("LANEWATER_PUBLIC_URL", "https://lanewater.org")
PUBLIC_HOSTS = set(_env_list("LANEWATER_PUBLIC_HOSTS", "lanewater.org,www.lanewater.org"))
PAYMENT_PORTAL_URL = _env("LANEWATER_PAYMENT_URL", "https://pay.lanewater.org")
PAYMENT_CALLBACK_KEY = _env("LANEWATER_PAYMENT_CALLBACK_KEY", "")
PUBLIC_CORS_ORIGINS = set(_env_list("LANEWATER_CORS_ORIGINS", "https://lanewater.org,https://www.lanewater.org"))
TIMETABLE_FEED_HOSTS = set(_env_list("LANEWATER_FEED_HOSTS", "feeds.lanewater.org,sport.cityhall.gov"))
AVATAR_HOSTS = {"www.gravatar.com", "secure.gravatar.com"}

# --- staff service ----------------------------------------------------------------------
STAFF_JWT_SECRET = os.environ["LANEWATER_STAFF_JWT_SECRET"]  # SAFE secret
STAFF_JWT_AUDIENCE = "lanewater-staff"
STAFF_JWT_TTL_MINUTES = int(_env("LANEWATER_STAFF_JWT_TTL", "480"))
STAFF_ALLOWED_ORIGINS = set(_env_list("LANEWATER_STAFF_ORIGINS", "https://staff.lanewater.org"))
STAFF_PORTAL_URL = _env("LANEWATER_STAFF_PORTAL", "https://staff.lanewater.org")
SSO_LOGOUT_URL = _env("LANEWATER_SSO_LOGOUT", "https://sso.cityhall.gov/logout")

LDAP_URL = _env("LANEWATER_LDAP_URL", "ldaps://directory.cityhall.gov")
LDAP_BASE_DN = _env("LANEWATER_LDAP_BASE", "ou=people,dc=cityhall,dc=gov")
LDAP_BIND_DN = _env("LANEWATER_LDAP_BIND_DN", "cn=lanewater,ou=services,dc=cityhall,dc=gov")
LDAP_BIND_PASSWORD = _env("LANEWATER_LDAP_BIND_PASSWORD", "")

# --- outbound integrations --------------------------------------------------------------
SENSOR_GATEWAYS = {
    "north": "https://sensors-north.lanewater.org/api/v2",
    "south": "https://sensors-south.lanewater.org/api/v2",
    "lido": "https://lido-gw.lanewater.org/api/v2",
}
WEBHOOK_TIMEOUT_SECONDS = 5.0
WEBHOOK_USER_AGENT = "Lanewater-Webhooks/2.4"

# --- documents --------------------------------------------------------------------------
WKHTMLTOPDF = _env("LANEWATER_WKHTMLTOPDF", "/usr/bin/wkhtmltopdf")
LP_BINARY = _env("LANEWATER_LP", "/usr/bin/lp")
ROSTER_PRINTERS = {"office": "HP_Office_1", "poolside": "Brother_Poolside", "reception": "Reception_Laser"}

# --- mail -------------------------------------------------------------------------------
SMTP_HOST = _env("LANEWATER_SMTP_HOST", "smtp.cityhall.gov")
SMTP_PORT = int(_env("LANEWATER_SMTP_PORT", "587"))
SMTP_USER = _env("LANEWATER_SMTP_USER", "")
SMTP_PASSWORD = _env("LANEWATER_SMTP_PASSWORD", "")
MAIL_FROM = _env("LANEWATER_MAIL_FROM", "Lanewater <no-reply@lanewater.org>")

# --- accounts ---------------------------------------------------------------------------
PASSWORD_ITERATIONS = 390_000
RESET_CODE_TTL_MINUTES = 30
BOOKING_HOLD_MINUTES = 15
