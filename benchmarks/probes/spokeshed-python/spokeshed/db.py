"""Database access: an asyncpg pool for the web apps and a small
records-style wrapper over SQLAlchemy Core for workers and reporting."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import asyncpg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, Row

from spokeshed.config import get_settings

_pool: asyncpg.Pool | None = None
_engine: Engine | None = None


async def init_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(get_settings().database_url, min_size=1, max_size=10)
    return _pool


async def close_pool() -> None:
    global _pool
    if _pool is not None:
        await _pool.close()
        _pool = None


def pool() -> asyncpg.Pool:
    if _pool is None:
        raise RuntimeError("database pool not initialised")
    return _pool


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(get_settings().sqlalchemy_url, pool_pre_ping=True, future=True)
    return _engine


class RecordSet(list):
    """A list of row dicts with a couple of helpers, in the spirit of `records`."""

    def first(self, default: Any = None) -> Any:
        return self[0] if self else default

    def scalar(self, default: Any = None) -> Any:
        row = self.first()
        if row is None:
            return default
        return next(iter(row.values()))


class Database:
    """Thin records-like facade: db.query(sql, **params) -> RecordSet."""

    def __init__(self, eng: Engine | None = None) -> None:
        self._engine = eng or engine()

    @staticmethod
    def _rows(rows: list[Row]) -> RecordSet:
        return RecordSet(dict(r._mapping) for r in rows)

    def query(self, sql: str, **params: Any) -> RecordSet:
        with self._engine.connect() as conn:
            result = conn.execute(text(sql), params)
            if result.returns_rows:
                return self._rows(result.fetchall())
            conn.commit()
            return RecordSet()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        with self._engine.begin() as conn:
            yield conn
