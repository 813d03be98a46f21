"""What every server-side command needs first: settings, data directory, migrations, processes.

Settings: `DJANGO_SETTINGS_MODULE` if set, else `tracesec.config.django.local` (SQLite in the
data directory). Production deployments set
`DJANGO_SETTINGS_MODULE=tracesec.config.django.production`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from tracesec.cli.paths import data_dir
from tracesec.cli.supervisor import ProcessSpec

LOCAL_SETTINGS = "tracesec.config.django.local"
PRODUCTION_SETTINGS = "tracesec.config.django.production"


def prepare_environment(settings_module: str | None = None) -> Path:
    """Pin the data dir (absolute, created) and settings for this process and its children."""
    directory = data_dir().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["TRACE_DATA_DIR"] = str(directory)
    if settings_module:
        os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    else:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", LOCAL_SETTINGS)
    return directory


def setup_django(settings_module: str | None = None) -> Path:
    directory = prepare_environment(settings_module)
    import django

    django.setup()
    return directory


def migrate(out: TextIO) -> None:
    from django.core.management import call_command

    out.write("applying database migrations...\n")
    call_command("migrate", interactive=False, verbosity=0)


def collectstatic() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def web_process(host: str, port: int, workers: int) -> ProcessSpec:
    return ProcessSpec(
        name="web",
        argv=[
            sys.executable,
            "-m",
            "gunicorn",
            "tracesec.config.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "--graceful-timeout",
            "15",
            "--access-logfile",
            "-",
            # Masks the tokens of invitation and password-reset links in the access log.
            "--logger-class",
            "tracesec.common.access_log.RedactingAccessLogger",
            # Several Trace servers (demo, tests) may run at once; a shared socket would clash.
            "--no-control-socket",
        ],
    )


def worker_process(name: str = "worker") -> ProcessSpec:
    return ProcessSpec(name=name, argv=[*worker_argv(), "--worker-id", name])


def scheduler_process(name: str = "scheduler") -> ProcessSpec:
    return ProcessSpec(name=name, argv=scheduler_argv())


def scheduler_argv() -> list[str]:
    return [sys.executable, "-m", "django", "run_scheduler"]


def worker_argv() -> list[str]:
    return [sys.executable, "-m", "django", "db_worker", "--queue-name", "*", "--no-reload"]


def prepare_service(out: TextIO, err: TextIO) -> Path | None:
    """Settings, migrations and static files; a clear message instead of a traceback on failure."""
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        directory = setup_django()
        migrate(out)
        collectstatic()
    except ImproperlyConfigured as exc:
        err.write(f"configuration error: {exc}\n")
        return None
    except DatabaseError as exc:
        # Driver messages name host/database, never the password from DATABASE_URL.
        err.write(f"database error: {type(exc).__name__}: {exc}\n")
        return None
    return directory
