"""Django settings for the Shelfmark community library platform."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = os.environ.get("SHELFMARK_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["shelfmark.example.org", "api.shelfmark.example.org", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "catalog",
    "accounts",
    "events",
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

ROOT_URLCONF = "shelfmark.urls"

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
        "NAME": os.environ.get("SHELFMARK_DB_NAME", "shelfmark"),
        "USER": os.environ.get("SHELFMARK_DB_USER", "shelfmark"),
        "PASSWORD": os.environ.get("SHELFMARK_DB_PASSWORD", ""),
        "HOST": os.environ.get("SHELFMARK_DB_HOST", "localhost"),
        "PORT": "5432",
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Cross-origin access for the branch kiosks and the mobile companion app
CORS_ALLOW_ALL_ORIGINS = True  # VULN cors
CORS_ALLOW_CREDENTIALS = True
CORS_URLS_REGEX = r"^/api/.*$"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
}

MEDIA_ROOT = BASE_DIR / "media"
LOAN_SLIP_ROOT = MEDIA_ROOT / "slips"
EVENT_IMPORT_ROOT = MEDIA_ROOT / "event-imports"
STATIC_URL = "/static/"

JWT_SIGNING_KEY = os.environ.get("SHELFMARK_JWT_KEY", "")
JWT_ALGORITHM = "HS256"
PREFS_ENCRYPTION_KEY = os.environ.get("SHELFMARK_PREFS_KEY", "")

LDAP_SERVER = os.environ.get("SHELFMARK_LDAP_URL", "ldaps://directory.shelfmark.example.org")
LDAP_BASE_DN = "ou=patrons,dc=shelfmark,dc=example,dc=org"

PARTNER_FEED_HOSTS = {
    "events.citylibraries.example.net",
    "calendar.countyarts.example.org",
    "feeds.readingcircle.example.com",
}
PARTNER_CA_BUNDLE = BASE_DIR / "certs" / "partners.pem"

STAFF_BANNER_HTML = '<strong>Reminder:</strong> the Eastside branch closes at 6pm on Fridays.'
