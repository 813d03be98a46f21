"""Django settings for the Labwise laboratory information system."""
import os
from pathlib import Path

from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # SAFE secret

DEBUG = os.environ.get("LABWISE_DEBUG", "0") == "1"

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("LABWISE_ALLOWED_HOSTS", "localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS if h != "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "core",
    "intake",
    "orders",
    "results",
    "portal",
    "billing",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.PortalCorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.RequestIdMiddleware",
]

ROOT_URLCONF = "labwise.urls"

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

WSGI_APPLICATION = "labwise.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("LABWISE_DB_NAME", "labwise"),
        "USER": os.environ.get("LABWISE_DB_USER", "labwise"),
        "PASSWORD": os.environ.get("LABWISE_DB_PASSWORD", ""),
        "HOST": os.environ.get("LABWISE_DB_HOST", "localhost"),
        "PORT": os.environ.get("LABWISE_DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
    }
}

# Read-only replica used by finance for claim reporting.
REPORTING_DSN = os.environ.get("LABWISE_REPORTING_DSN", "postgresql://labwise_ro@reporting-db:5432/labwise_reporting")

MONGO_URI = os.environ.get("LABWISE_MONGO_URI", "mongodb://mongo:27017/")
MONGO_LOG_DB = "instrument_logs"

CACHE_REDIS_URL = os.environ.get("LABWISE_CACHE_REDIS_URL", "redis://redis:6379/2")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "portal.auth.PortalTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "/portal/login/"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "portal.backends.PhysicianPasswordBackend",
]

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

# --- Celery -----------------------------------------------------------------
CELERY_BROKER_URL = os.environ.get("LABWISE_BROKER_URL", "redis://redis:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("LABWISE_RESULT_BACKEND", "redis://redis:6379/1")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BEAT_SCHEDULE = {
    "nightly-claims-export": {
        "task": "billing.tasks.nightly_exports",
        "schedule": crontab(hour=2, minute=15),
    },
}

# --- Storage ----------------------------------------------------------------
LABWISE_DATA_ROOT = Path(os.environ.get("LABWISE_DATA_ROOT", "/srv/labwise"))
REPORT_ROOT = str(LABWISE_DATA_ROOT / "reports")
ATTACHMENT_ROOT = str(LABWISE_DATA_ROOT / "attachments")
REQUISITION_ROOT = str(LABWISE_DATA_ROOT / "requisitions")
INSTRUMENT_BUNDLE_ROOT = str(LABWISE_DATA_ROOT / "instrument-bundles")
EXPORT_ROOT = str(LABWISE_DATA_ROOT / "exports")
REMITTANCE_ROOT = str(LABWISE_DATA_ROOT / "remittance")

# --- Physician portal ---------------------------------------------------------
PORTAL_JWT_KEY = os.environ.get("PORTAL_JWT_KEY", "lw-portal-7d1e0c9b4a52f3e8a61b")  # VULN secret
PORTAL_JWT_TTL_SECONDS = 15 * 60
PORTAL_REFRESH_WINDOW_SECONDS = 8 * 60 * 60
PORTAL_ALLOWED_ORIGINS = {
    o.strip() for o in os.environ.get("PORTAL_ALLOWED_ORIGINS", "https://portal.labwise.example").split(",") if o.strip()
}
RESULT_CACHE_HMAC_KEY = os.environ.get("RESULT_CACHE_HMAC_KEY", "").encode()

# --- Integrations -------------------------------------------------------------
REFERENCE_LAB_BASE = os.environ.get("REFERENCE_LAB_BASE", "https://api.northgate-reflab.example/v2")
REFLAB_CA_BUNDLE = os.environ.get("REFLAB_CA_BUNDLE", "/etc/labwise/certs/reflab-ca.pem")
REFLAB_API_TOKEN = os.environ.get("REFLAB_API_TOKEN", "")

CLEARINGHOUSE_URL = os.environ.get("CLEARINGHOUSE_URL", "https://edi.clearpay.example")
CLEARINGHOUSE_CA = os.environ.get("CLEARINGHOUSE_CA", "/etc/labwise/certs/clearpay-ca.pem")
CLEARINGHOUSE_CLIENT_CERT = os.environ.get("CLEARINGHOUSE_CLIENT_CERT", "/etc/labwise/certs/labwise-client.pem")

STAFF_LDAP_URI = os.environ.get("STAFF_LDAP_URI", "ldaps://ldap.northgate.lab:636")
STAFF_LDAP_BASE = os.environ.get("STAFF_LDAP_BASE", "ou=staff,dc=northgate,dc=lab")

LABEL_PRINTERS = {"ZEBRA-INTAKE-1", "ZEBRA-INTAKE-2", "ZEBRA-PHLEB-A", "ZEBRA-PHLEB-B"}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("LABWISE_SMTP_HOST", "smtp.northgate.lab")
EMAIL_PORT = 587
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = "Labwise Results <results@labwise.example>"
