"""Database plumbing: a SQLModel engine for the application and raw psycopg for reporting."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import psycopg
from psycopg.rows import dict_row
from sqlmodel import Session, SQLModel, create_engine

from millrace.config import get_settings

_engine = None


def get_engine():
    global _engine
    if _engine is None:
        _engine = create_engine(get_settings().database_url, pool_pre_ping=True)
    return _engine


def init_schema() -> None:
    from millrace import models  # noqa: F401  (register tables)

    SQLModel.metadata.create_all(get_engine())


@contextmanager
def session_scope() -> Iterator[Session]:
    with Session(get_engine()) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


@contextmanager
def report_connection() -> Iterator[psycopg.Connection]:
    conn = psycopg.connect(get_settings().reports_dsn, row_factory=dict_row, autocommit=True)
    try:
        yield conn
    finally:
        conn.close()
