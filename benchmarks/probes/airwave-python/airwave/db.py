"""Database handles shared by the Airwave processes.

* Peewee for the ORM models used by the public site.
* psycopg 3 (with a small pool) for reporting and archive queries.
* asyncpg for the live API that runs under aiohttp.
"""
from __future__ import annotations

import contextlib
from typing import Iterator
from urllib.parse import urlparse

import asyncpg
import psycopg
from peewee import PostgresqlDatabase
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from airwave.settings import get_settings


def _peewee_from_url(url: str) -> PostgresqlDatabase:
    parsed = urlparse(url)
    return PostgresqlDatabase(
        parsed.path.lstrip("/"),
        user=parsed.username,
        password=parsed.password,
        host=parsed.hostname,
        port=parsed.port or 5432,
        autorollback=True,
    )


database = _peewee_from_url(get_settings().database_url)

_pool: ConnectionPool | None = None
_async_pool: asyncpg.Pool | None = None


def sync_pool() -> ConnectionPool:
    global _pool
    if _pool is None:
        _pool = ConnectionPool(
            get_settings().database_url,
            min_size=1,
            max_size=8,
            kwargs={"row_factory": dict_row},
        )
    return _pool


@contextlib.contextmanager
def cursor() -> Iterator[psycopg.Cursor]:
    """Yield a dict-row cursor inside a transaction."""
    with sync_pool().connection() as conn:
        with conn.cursor() as cur:
            yield cur


async def async_pool() -> asyncpg.Pool:
    global _async_pool
    if _async_pool is None:
        _async_pool = await asyncpg.create_pool(get_settings().database_url, min_size=1, max_size=10)
    return _async_pool


async def close_async_pool() -> None:
    global _async_pool
    if _async_pool is not None:
        await _async_pool.close()
        _async_pool = None
