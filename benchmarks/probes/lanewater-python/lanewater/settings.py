"""Django settings for the Lanewater public API (Django Ninja)."""
import os

from lanewater import conf

SECRET_KEY = os.environ["LANEWATER_DJANGO_SECRET_KEY"]
DEBUG = conf.DEBUG
ALLOWED_HOSTS = sorted(conf.PUBLIC_HOSTS) + ["localhost"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "lanewater.middleware.OrmBootstrapMiddleware",
    "lanewater.middleware.PublicCorsMiddleware",
]

ROOT_URLCONF = "lanewater.urls"
ASGI_APPLICATION = "lanewater.asgi.application"

# Members are stored through Tortoise; Django only needs sessions, which live in signed cookies.
DATABASES: dict = {}
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 8
CSRF_COOKIE_SECURE = not DEBUG
CSRF_TRUSTED_ORIGINS = sorted(conf.PUBLIC_CORS_ORIGINS)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"
LANGUAGE_CODE = "en-gb"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
