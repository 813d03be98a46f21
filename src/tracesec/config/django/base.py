"""Settings shared by every environment. Concern-specific values live in `config/settings/`.

To add a Django app: append it to `LOCAL_APPS`. To add a settings concern: create
`config/settings/<concern>.py` reading the environment through `config.env` and import it at the
bottom of this file.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tracesec.config.env import data_dir, env_bool, env_str

DATA_DIR = data_dir()

DEBUG = env_bool("TRACE_DEBUG", False)
BASE_URL = env_str("TRACE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
THIRD_PARTY_APPS = [
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the OpenAPI docs page from local static files (no CDN, no inline script)
]
LOCAL_APPS = [
    "tracesec.common",
    "tracesec.accounts",
    "tracesec.organizations",
    "tracesec.audit",
    "tracesec.api",
    "tracesec.dashboard",
    # Apps of later issues register here, one line each (see docs/internals/foundation.md).
    "tracesec.integrations",
    "tracesec.repositories",
    "tracesec.scans",
    "tracesec.schedules",
    "tracesec.findings",
    "tracesec.inventory",
    "tracesec.notifications",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "dashboard:signin"
LOGIN_REDIRECT_URL = "dashboard:overview"
LOGOUT_REDIRECT_URL = "dashboard:signin"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tracesec.common.middleware.ContentSecurityPolicyMiddleware",
    "tracesec.api.middleware.ApiEnvelopeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tracesec.organizations.middleware.CurrentOrganizationMiddleware",
]

ROOT_URLCONF = "tracesec.config.urls"
WSGI_APPLICATION = "tracesec.config.wsgi.application"
ASGI_APPLICATION = "tracesec.config.asgi.application"

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
                "tracesec.organizations.context_processors.organization",
            ],
            # counts and times in words, in every template without {% load %}
            "builtins": ["tracesec.dashboard.templatetags.humanize_tags"],
        },
    },
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve straight from the app static dirs when collectstatic has not run (demo, tests).
WHITENOISE_USE_FINDERS = True

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

from tracesec.config.settings.atlassian import *  # noqa: E402, F403
from tracesec.config.settings.database import *  # noqa: E402, F403
from tracesec.config.settings.email import *  # noqa: E402, F403
from tracesec.config.settings.github import *  # noqa: E402, F403
from tracesec.config.settings.kms import *  # noqa: E402, F403
from tracesec.config.settings.logging import *  # noqa: E402, F403
from tracesec.config.settings.notifications import *  # noqa: E402, F403
from tracesec.config.settings.scans import *  # noqa: E402, F403
from tracesec.config.settings.security import *  # noqa: E402, F403
from tracesec.config.settings.tasks import *  # noqa: E402, F403

# "Install on GitHub" posts to Trace, which redirects to GitHub's install page; browsers check a
# form's redirect target against form-action, so GitHub's web origin (only) is allowed there.
CONTENT_SECURITY_POLICY["form-action"] = [  # noqa: F405
    *CONTENT_SECURITY_POLICY["form-action"],  # noqa: F405
    "{0.scheme}://{0.netloc}".format(urlsplit(GITHUB_WEB_URL)),  # noqa: F405
]
