"""Configuration: one environment reader, every name documented, database URLs, deploy checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.support.paths import REPO_ROOT
from tracesec.config.settings.database import database_from_url

SRC = REPO_ROOT / "src" / "tracesec"
ENV_CALL = re.compile(r"\benv_(?:str|bool|int|list|path|required)\(\s*\"([A-Z0-9_]+)\"")


def _documented() -> set[str]:
    text = (REPO_ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z0-9_]+)=", text, flags=re.MULTILINE))


def test_every_environment_variable_is_in_env_example() -> None:
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        used |= set(ENV_CALL.findall(path.read_text()))
    assert used, "no env reads found: the scan is broken"
    assert used - _documented() == set()


def test_only_env_py_reads_os_environ_in_the_django_config() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in (SRC / "config").rglob("*.py")
        if "os.environ" in p.read_text() and p.name not in {"env.py", "wsgi.py", "asgi.py"}
    ]
    assert offenders == []


def test_postgres_url_parsing() -> None:
    cfg = database_from_url("postgres://u%40x:p%2Fw@db.internal:6543/trace?sslmode=require")
    assert cfg["ENGINE"] == "django.db.backends.postgresql"
    assert (cfg["USER"], cfg["PASSWORD"], cfg["HOST"], cfg["PORT"], cfg["NAME"]) == (
        "u@x",
        "p/w",
        "db.internal",
        "6543",
        "trace",
    )
    assert cfg["OPTIONS"] == {"sslmode": "require"}


def test_bad_database_url_does_not_echo_the_password() -> None:
    with pytest.raises(ImproperlyConfigured) as exc:
        database_from_url("mysql://root:hunter2@db/trace")
    assert "hunter2" not in str(exc.value)


def test_sqlite_uses_wal() -> None:
    cfg = database_from_url("sqlite:///tmp/x.sqlite3")
    assert cfg["NAME"] == "/tmp/x.sqlite3"
    assert "journal_mode=WAL" in cfg["OPTIONS"]["init_command"]


def _trace(
    *args: str, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "trace"), *args],
        env=env,
        cwd=str(REPO_ROOT),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env["TRACE_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_check_deploy_is_clean_under_production_settings(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["TRACE_SECRET_KEY"] = "k" * 20 + "-production-grade-secret-value-0123456789"
    result = _trace("check", "--deploy", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_without_secret_is_a_config_error(tmp_path: Path) -> None:
    result = _trace("check", "--deploy", env=_clean_env(tmp_path))
    assert result.returncode == 5
    assert "TRACE_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
