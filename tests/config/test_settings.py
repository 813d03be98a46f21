"""Configuration: one environment reader, every name documented, database URLs, deploy checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

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


PRODUCTION_APP_ID = "ari:cloud:ecosystem::app/0b6b7c1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d"


def _production_env(tmp_path: Path) -> dict[str, str]:
    env = _clean_env(tmp_path)
    env["TRACE_SECRET_KEY"] = "k" * 20 + "-production-grade-secret-value-0123456789"
    env["TRACE_FORGE_TARGET"] = "atlassian"
    env["FORGE_APP_ID"] = PRODUCTION_APP_ID
    return env


def test_check_deploy_is_clean_under_production_settings(tmp_path: Path) -> None:
    result = _trace("check", "--deploy", env=_production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_refuses_the_emulator_when_the_target_is_unset(tmp_path: Path) -> None:
    env = _production_env(tmp_path)
    del env["TRACE_FORGE_TARGET"]
    result = _trace("check", "--deploy", env=env)
    assert result.returncode == 5, result.stdout + result.stderr
    assert "(trace.E002) TRACE_FORGE_TARGET is not 'atlassian'" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"TRACE_FORGE_TARGET": "emulator"}, {"trace.E002"}),
        ({"TRACE_FORGE_TARGET": "atlasian"}, {"trace.E001", "trace.E002"}),  # a typo
        ({"FORGE_APP_ID": ""}, {"trace.E003"}),
        ({"FORGE_APP_ID": "3f6e2c1a"}, {"trace.E004"}),
        ({}, set()),
    ],
)
def test_deploy_checks_on_forge_settings(values: dict[str, str], expected: set[str]) -> None:
    production = {"TRACE_FORGE_TARGET": "atlassian", "FORGE_APP_ID": PRODUCTION_APP_ID}
    with override_settings(**{**production, **values}):
        found = {
            m.id for m in run_checks(include_deployment_checks=True) if m.id.startswith("trace.")
        }
    assert found == expected
