"""Django settings for the Pawsbook clinic platform."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("PAWSBOOK_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = os.environ.get("PAWSBOOK_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "corsheaders",
    "rest_framework",
    "clinic",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "pawsbook.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
    ]},
}]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PAWSBOOK_DB_NAME", "pawsbook"),
        "USER": os.environ.get("PAWSBOOK_DB_USER", "pawsbook"),
        "PASSWORD": os.environ.get("PAWSBOOK_DB_PASSWORD", ""),
        "HOST": os.environ.get("PAWSBOOK_DB_HOST", "localhost"),
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
TIME_ZONE = "Europe/London"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "clinic.authentication.PortalTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
}

# Owner portal SPA and partner dashboards call the API from the browser.
CORS_ALLOW_ALL_ORIGINS = True  # VULN cors
CORS_ALLOW_CREDENTIALS = True

CELERY_BROKER_URL = os.environ.get("PAWSBOOK_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

VAR_ROOT = Path(os.environ.get("PAWSBOOK_VAR", BASE_DIR / "var"))
ATTACHMENT_ROOT = str(VAR_ROOT / "attachments")
LAB_REPORT_ROOT = str(VAR_ROOT / "lab_reports")
IMPORT_STAGING_ROOT = str(VAR_ROOT / "staging")
XRAY_ROOT = str(VAR_ROOT / "xrays")
PDF_OUTPUT_ROOT = str(VAR_ROOT / "pdf")

LAB_PARTNER_HOSTS = frozenset({"api.vetlabs.example", "results.northlab.example", "labs.pawsbook.example"})
LAB_PARTNER_BASE = "https://api.vetlabs.example/v2"
LAB_CA_BUNDLE = os.environ.get("PAWSBOOK_LAB_CA", "/etc/pawsbook/certs/lab-partners.pem")
LAB_WEBHOOK_SECRET = os.environ["PAWSBOOK_LAB_WEBHOOK_SECRET"]
IMAGING_BASE_URL = "https://imaging.pawsbook.example"

JWT_SIGNING_KEY = os.environ["PAWSBOOK_JWT_KEY"]
JWT_AUDIENCE = "pawsbook-portal"
JWT_ISSUER = "https://api.pawsbook.example"
JWT_PARTNER_KEYS = {
    "northlab-2024": os.environ.get("PAWSBOOK_PARTNER_KEY_NORTHLAB", ""),
    "vetlabs-2024": os.environ.get("PAWSBOOK_PARTNER_KEY_VETLABS", ""),
}
DRAFT_SIGNING_KEY = os.environ["PAWSBOOK_DRAFT_KEY"].encode()

LDAP_URI = os.environ.get("PAWSBOOK_LDAP_URI", "ldaps://directory.pawsbook.example")
LDAP_BASE_DN = "ou=staff,dc=pawsbook,dc=example"
LDAP_BIND_DN = os.environ.get("PAWSBOOK_LDAP_BIND_DN", "cn=pawsbook-api,ou=services,dc=pawsbook,dc=example")
LDAP_BIND_PASSWORD = os.environ.get("PAWSBOOK_LDAP_BIND_PASSWORD", "")

MONGO_URI = os.environ.get("PAWSBOOK_MONGO_URI", "mongodb://localhost:27017")
MONGO_DB_NAME = "pawsbook_history"
REPORTING_DB = {"host": os.environ.get("PAWSBOOK_REPORTING_HOST", "reporting.internal"), "dbname": "pawsbook_dw", "user": "reporting_ro"}
DEFAULT_FROM_EMAIL = "Pawsbook <no-reply@pawsbook.example>"
