"""The test database as a child process (worker, server) must see it."""

from __future__ import annotations


def database_url_for_subprocess() -> str:
    """A DATABASE_URL that points a child process (worker, server) at the *test* database."""
    from django.db import connection

    cfg = connection.settings_dict
    if cfg["ENGINE"].endswith("postgresql"):
        password = f":{cfg['PASSWORD']}" if cfg.get("PASSWORD") else ""
        return f"postgres://{cfg['USER']}{password}@{cfg['HOST']}:{cfg['PORT']}/{cfg['NAME']}"
    return f"sqlite://{cfg['NAME']}"
