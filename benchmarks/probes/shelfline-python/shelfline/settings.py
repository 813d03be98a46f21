"""Django settings for the Shelfline library network platform."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "s7e!lfl1ne#9c2b7f41d08e4a6b93f5c0de18a27b64@prod"  # VULN secret

DEBUG = os.environ.get("SHELFLINE_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = os.environ.get(
    "SHELFLINE_ALLOWED_HOSTS", "staff.shelfline.org,api.shelfline.org"
).split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "corsheaders",
    "catalog",
    "circulation",
    "patrons",
    "staff",
    "notifications",
    "reporting",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "shelfline.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
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
        "NAME": os.environ.get("SHELFLINE_DB_NAME", "shelfline"),
        "USER": os.environ.get("SHELFLINE_DB_USER", "shelfline"),
        "PASSWORD": os.environ.get("SHELFLINE_DB_PASSWORD", ""),
        "HOST": os.environ.get("SHELFLINE_DB_HOST", "db"),
        "PORT": os.environ.get("SHELFLINE_DB_PORT", "5432"),
    }
}

# Read-only replica used by the reporting module (psycopg directly).
REPORTING_DSN = os.environ.get(
    "SHELFLINE_REPORTING_DSN", "postgresql://reporting@db-replica/shelfline"
)

AUTHENTICATION_BACKENDS = [
    "staff.auth.BranchDirectoryBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LOGIN_URL = "/staff/login/"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "patrons.authentication.MobileTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

# The catalogue discovery layer and the mobile app call the API from
# several hostnames owned by partner libraries.
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_ALL_ORIGINS = True  # VULN cors
CORS_URLS_REGEX = r"^/api/.*$"

CELERY_BROKER_URL = os.environ.get("SHELFLINE_BROKER_URL", "redis://redis:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("SHELFLINE_RESULT_URL", "redis://redis:6379/1")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

STAFF_LDAP_URI = os.environ.get("SHELFLINE_LDAP_URI", "ldaps://directory.city.internal")
STAFF_LDAP_BASE_DN = "ou=library,ou=staff,dc=city,dc=internal"
STAFF_LDAP_BIND_DN = "cn=shelfline-svc,ou=services,dc=city,dc=internal"
STAFF_LDAP_BIND_PASSWORD = os.environ.get("SHELFLINE_LDAP_BIND_PASSWORD", "")
STAFF_LDAP_CA_FILE = "/etc/ssl/certs/city-internal-ca.pem"

JWT_SIGNING_KEY = os.environ.get("SHELFLINE_JWT_KEY", "")
JWT_AUDIENCE = "shelfline-mobile"

MEDIA_ROOT = Path(os.environ.get("SHELFLINE_MEDIA_ROOT", "/srv/shelfline/media"))
COVER_ROOT = MEDIA_ROOT / "covers"
THUMBNAIL_ROOT = MEDIA_ROOT / "covers" / "thumbs"
EXPORT_ROOT = Path(os.environ.get("SHELFLINE_EXPORT_ROOT", "/srv/shelfline/exports"))
IMPORT_SPOOL = Path(os.environ.get("SHELFLINE_IMPORT_SPOOL", "/srv/shelfline/spool/imports"))
LABEL_SPOOL = Path("/srv/shelfline/spool/labels")

EMAIL_HOST = os.environ.get("SHELFLINE_SMTP_HOST", "smtp.city.internal")
DEFAULT_FROM_EMAIL = "Shelfline Libraries <no-reply@shelfline.org>"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "America/Chicago"
USE_TZ = True
