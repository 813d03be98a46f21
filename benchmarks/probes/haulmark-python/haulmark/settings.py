"""Django settings for the Haulmark brokerage platform."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
env = os.environ.get

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS", "app.haulmark.io").split(",")

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "corsheaders", "rest_framework",
    "loads", "carriers", "documents", "quotes", "accounts",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "haulmark.middleware.PartnerCorsMiddleware",
    "haulmark.middleware.CarrierTokenMiddleware",
]

ROOT_URLCONF = "haulmark.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
        "haulmark.context_processors.site_banner",
    ]},
}]

DATABASES = {"default": {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": env("PGDATABASE", "haulmark"),
    "USER": env("PGUSER", "haulmark"),
    "PASSWORD": env("PGPASSWORD", ""),
    "HOST": env("PGHOST", "localhost"),
}}
REPORTING_DATABASE_URL = env("REPORTING_DATABASE_URL", "postgresql+psycopg2://reporting@localhost/haulmark")
DOCUMENTS_DSN = env("DOCUMENTS_DSN", "dbname=haulmark_docs user=docs host=localhost")

STATIC_URL = "static/"
TIME_ZONE = "America/Chicago"
USE_TZ = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

CORS_ALLOWED_ORIGINS = ["https://app.haulmark.io", "https://carriers.haulmark.io"]
CORS_ALLOW_CREDENTIALS = True
PARTNER_ORIGINS = frozenset(o.strip() for o in env("PARTNER_ORIGINS", "https://tms.bluegate-logistics.com").split(",") if o.strip())

CELERY_BROKER_URL = env("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

MONGO_URI = env("MONGO_URI", "mongodb://localhost:27017")
MONGO_DB = env("MONGO_DB", "haulmark_tracking")

LDAP_URL = env("LDAP_URL", "ldaps://directory.haulmark.internal")
LDAP_BIND_DN = env("LDAP_BIND_DN", "cn=svc-portal,ou=services,dc=haulmark,dc=io")
LDAP_BIND_PASSWORD = env("LDAP_BIND_PASSWORD", "")
LDAP_CARRIER_BASE = "ou=carriers,dc=haulmark,dc=io"

POD_ROOT = Path(env("POD_ROOT", "/srv/haulmark/pod"))
MANIFEST_DIR = Path(env("MANIFEST_DIR", "/srv/haulmark/manifests"))
POD_BUCKET = env("POD_BUCKET", "haulmark-pod-archive")
COMPLIANCE_REGISTRY_XML = Path(env("COMPLIANCE_REGISTRY_XML", "/srv/haulmark/compliance/registry.xml"))

JWT_SIGNING_KEYS = {"2024-07": env("JWT_KEY_2024_07", ""), "2025-01": env("JWT_KEY_2025_01", "")}
JWT_ACTIVE_KID = env("JWT_ACTIVE_KID", "2025-01")
WEBHOOK_SIGNING_KEY = env("WEBHOOK_SIGNING_KEY", "").encode()

FUEL_FEED_URL = "https://feeds.fuelindex.haulmark.io/diesel/weekly.json"
FUEL_FEED_HOSTS = frozenset({"feeds.fuelindex.haulmark.io", "api.eia.gov"})
FUEL_FEED_CA_BUNDLE = env("FUEL_FEED_CA_BUNDLE")
FMCSA_BASE_URL = "https://mobile.fmcsa.dot.gov/qc/services"
FMCSA_WEBKEY = env("FMCSA_WEBKEY", "")

BROKER_NAME = "Haulmark Logistics LLC"
DEFAULT_FROM_EMAIL = "quotes@haulmark.io"
MAINTENANCE_BANNER = "<strong>Scheduled maintenance:</strong> Sunday 02:00&ndash;04:00 CT. Tracking links stay online."
