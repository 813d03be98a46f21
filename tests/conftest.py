"""Root test configuration.

* An autouse network guard: tests may open sockets to loopback addresses only.
* Django runs with `tracesec.config.django.test` (pyproject). With `TRACE_TEST_DATABASE=postgres`
  the suite runs on a throwaway PostgreSQL cluster started by pytest-postgresql's
  `postgresql_proc` (the machine's initdb/pg_ctl). As root, pg_ctl runs as the `postgres` OS
  user through `tests/support/pg_ctl_as_postgres`, and the pytest base temp dir is made
  traversable (0711) so that user can reach its cluster directory.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import REPO_ROOT

# Fixtures every Django test may use: organizations with people, signed-in clients, a live
# Trace with the emulator (tests/support/).
pytest_plugins = [
    "tests.support.organizations",
    "tests.support.trace_with_emulator",
    "tests.support.canary",
    "tests.support.browser",
]
USE_POSTGRES = os.environ.get("TRACE_TEST_DATABASE", "").strip().lower() in {"postgres", "pg"}
PG_CTL_WRAPPER = REPO_ROOT / "tests" / "support" / "pg_ctl_as_postgres"


_OWN_BASETEMP: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    if USE_POSTGRES and os.geteuid() == 0 and not config.option.basetemp:
        base = Path(tempfile.mkdtemp(prefix="trace-pytest-"))
        base.chmod(0o711)  # postgres may traverse, not list
        config.option.basetemp = str(base / "t")
        _OWN_BASETEMP.append(base)


def pytest_unconfigure(config: pytest.Config) -> None:
    # The cluster has been stopped by then; drop its directory (owned by `postgres`).
    for base in _OWN_BASETEMP:
        shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------------ network guard

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like
    host = str(address[0])
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a hostname other than localhost would need DNS


class NetworkBlockedError(RuntimeError):
    pass


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"tests may only connect to loopback, not {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"tests may only connect to loopback, not {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


# ------------------------------------------------------------------ PostgreSQL

if USE_POSTGRES:
    from pytest_postgresql import factories

    postgresql_proc = factories.postgresql_proc(
        executable=str(PG_CTL_WRAPPER),
        host="127.0.0.1",
        user="postgres",
        dbname="trace",
    )

    @pytest.fixture(scope="session")
    def django_db_modify_db_settings(postgresql_proc: Any) -> None:
        from django.conf import settings
        from django.db import connections

        settings.DATABASES["default"] = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": postgresql_proc.dbname,
            "USER": postgresql_proc.user,
            "PASSWORD": postgresql_proc.password or "",
            "HOST": postgresql_proc.host,
            "PORT": str(postgresql_proc.port),
            "CONN_MAX_AGE": 0,
            "OPTIONS": {},
            "TEST": {"NAME": f"test_{postgresql_proc.dbname}"},
        }
        # Django builds connection objects lazily from settings; drop any built from SQLite.
        connections.close_all()
        for alias in list(connections):
            del connections[alias]
        connections.__dict__.pop("settings", None)
        connections._settings = connections.configure_settings(settings.DATABASES)  # type: ignore[attr-defined]

    # How a test reaches the test database: pytest-django's fixtures and the live server.
    _DATABASE_FIXTURES = frozenset(
        {
            "db",
            "transactional_db",
            "django_db_reset_sequences",
            "django_db_serialized_rollback",
            "live_server",
        }
    )

    def reaches_database(item: pytest.Item) -> bool:
        fixtures = set(getattr(item, "fixturenames", ()))
        return item.get_closest_marker("django_db") is not None or bool(
            _DATABASE_FIXTURES & fixtures
        )

    def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
        """The PostgreSQL run keeps only the tests that reach the database. pytest-django refuses
        any other test the database, and the processes tests start get a clean environment (their
        own SQLite), so the rest would run exactly as in the SQLite run, which keeps them all."""
        others = [item for item in items if not reaches_database(item)]
        if others:
            config.hook.pytest_deselected(items=others)
            items[:] = [item for item in items if reaches_database(item)]
