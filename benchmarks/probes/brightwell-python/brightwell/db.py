"""Database wiring for Peewee and the raw reporting connections."""
import sqlite3
from contextlib import contextmanager
from urllib.parse import urlparse

from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase

from brightwell.config import settings

database = DatabaseProxy()


def _build_database(url: str):
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        return SqliteDatabase(parsed.path, pragmas={"journal_mode": "wal", "foreign_keys": 1})
    if parsed.scheme in {"postgres", "postgresql"}:
        return PostgresqlDatabase(
            parsed.path.lstrip("/"),
            user=parsed.username,
            password=parsed.password,
            host=parsed.hostname,
            port=parsed.port or 5432,
        )
    raise ValueError(f"unsupported database url scheme: {parsed.scheme}")


def init_database(url: str = None):
    db = _build_database(url or settings.database_url)
    database.initialize(db)
    return db


@contextmanager
def harvest_connection():
    """Plain sqlite3 connection to the harvest log used by the reports pages."""
    conn = sqlite3.connect(settings.reports_sqlite)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def reporting_connection():
    """psycopg connection to the reporting replica."""
    import psycopg

    conn = psycopg.connect(settings.reports_dsn)
    try:
        yield conn
    finally:
        conn.close()
