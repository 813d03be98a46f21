"""Django settings for the Kestrel Freight customer & warehouse portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "portal.kestrelfreight.com").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "kestrel"),
        "USER": os.environ.get("POSTGRES_USER", "kestrel"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        "PORT": os.environ.get("POSTGRES_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# The tracking widget and shipment search are embedded on customer intranets and need the session cookie.
CORS_ALLOW_ALL_ORIGINS = True  # VULN cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
LOGIN_URL = "/accounts/login/"

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "UTC"
USE_TZ = True

# Storage locations
CUSTOMS_DOCS_ROOT = os.environ.get("KESTREL_CUSTOMS_ROOT", "/srv/kestrel/customs")
LABELS_ROOT = os.environ.get("KESTREL_LABELS_ROOT", "/srv/kestrel/labels")
MANIFEST_EXPORT_ROOT = os.environ.get("KESTREL_EXPORT_ROOT", "/srv/kestrel/exports")
BUNDLE_WORK_ROOT = os.environ.get("KESTREL_BUNDLE_ROOT", "/srv/kestrel/bundles")

# Carrier integrations
CARRIER_CA_BUNDLE = os.environ.get("KESTREL_CARRIER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
CARRIER_API_HOSTS = {"api.northwind-haulage.com", "track.bluefin-cargo.eu", "edi.polarline.no"}
CARRIER_TIMEOUT_SECONDS = float(os.environ.get("KESTREL_CARRIER_TIMEOUT", "8"))
LABEL_PRINTERS = {"dock-a-zebra", "dock-b-zebra", "returns-laser"}

# Staff directory
LDAP_SERVER_URI = os.environ.get("KESTREL_LDAP_URI", "ldaps://ldap.kestrelfreight.internal")
LDAP_BIND_DN = os.environ.get("KESTREL_LDAP_BIND_DN", "cn=portal,ou=services,dc=kestrel,dc=local")
LDAP_BIND_PASSWORD = os.environ.get("KESTREL_LDAP_BIND_PASSWORD", "")
LDAP_BASE_DN = "ou=staff,dc=kestrel,dc=local"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "kestrel": {"handlers": ["console"], "level": os.environ.get("KESTREL_LOG_LEVEL", "INFO")},
    },
}
