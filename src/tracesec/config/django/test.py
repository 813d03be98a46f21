"""Test settings: fast hashing, in-memory email, static files from the finders.

The database comes from `config/settings/database.py` (SQLite in the data dir); pytest-django
creates a separate test database. `tests/conftest.py` points it at PostgreSQL when
`TRACE_TEST_DATABASE=postgres`.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from tracesec.config.django.base import *  # noqa: F403
from tracesec.config.django.base import DATA_DIR, STORAGES

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
BASE_URL = "http://testserver"
# webhook tests post to a loopback server; test_destinations turns this off to test the refusal
TRACE_WEBHOOK_ALLOW_PRIVATE = True

(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)  # whitenoise expects STATIC_ROOT

# A file (not in-memory) test database, so worker subprocesses and live servers see the same data
# (they get its path through DATABASE_URL). One private directory per test process: several test
# runs on one machine must never share a database file.
_TEST_DIR = Path(tempfile.mkdtemp(prefix="trace-test-db-"))
atexit.register(shutil.rmtree, _TEST_DIR, ignore_errors=True)
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(_TEST_DIR / "test.sqlite3")}  # noqa: F405
