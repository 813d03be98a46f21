"""Real `db_worker` processes for tests, pointed at the test database."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from django.conf import settings as django_settings

from tests.support.database import database_url_for_subprocess
from tracesec.cli.django_setup import worker_argv

LEASE_SECONDS = 3


def worker_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tracesec.config.django.test",
            "DATABASE_URL": database_url_for_subprocess(),
            "TRACE_DATA_DIR": str(tmp_path / "worker-data"),
            "BITBUCKET_API_URL": django_settings.BITBUCKET_API_URL,
            "BITBUCKET_GIT_URL": django_settings.BITBUCKET_GIT_URL,
            "TRACE_KMS_BACKEND": "local",
            "TRACE_KMS_LOCAL_KEY_FILE": str(django_settings.TRACE_KMS_LOCAL_KEY_FILE),
            "TRACE_SCAN_WORK_DIR": str(django_settings.TRACE_SCAN_WORK_DIR),
            "TRACE_OSV_DB": str(django_settings.TRACE_OSV_DB),
            "TRACE_SCAN_LEASE_SECONDS": str(LEASE_SECONDS),
            "TRACE_SCAN_MAX_ATTEMPTS": "3",
        }
    )
    return env


def fast_worker_argv(*, interval: float, worker_id: str = "") -> list[str]:
    """`trace worker`'s own command line, polling faster and starting at once (tests are short)."""
    argv = [*worker_argv(), "--interval", str(interval), "--no-startup-delay"]
    return [*argv, "--worker-id", worker_id] if worker_id else argv


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        fast_worker_argv(interval=0.2),
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
