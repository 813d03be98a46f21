"""Database plumbing: SQLAlchemy Core engine, table metadata and raw psycopg access."""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import psycopg
from psycopg.rows import dict_row
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
)
from sqlalchemy.engine import Connection, Engine

from tidepool.config import get_settings

metadata = MetaData()

marinas = Table(
    "marinas",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("tide_feed_url", Text),
    Column("tide_station_id", Integer),
)

berths = Table(
    "berths",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("marina_id", Integer, ForeignKey("marinas.id"), nullable=False),
    Column("code", String(16), nullable=False, unique=True),
    Column("pontoon", String(8), nullable=False),
    Column("max_length_m", Numeric(5, 2), nullable=False),
    Column("max_beam_m", Numeric(5, 2), nullable=False),
    Column("max_draft_m", Numeric(5, 2), nullable=False),
    Column("has_shore_power", Boolean, default=False),
    Column("nightly_rate", Numeric(8, 2), nullable=False),
    Column("active", Boolean, default=True),
)

vessels = Table(
    "vessels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_id", Integer, nullable=False),
    Column("name", String(120), nullable=False),
    Column("mmsi", String(9)),
    Column("flag_state", String(2)),
    Column("length_m", Numeric(5, 2)),
    Column("beam_m", Numeric(5, 2)),
    Column("draft_m", Numeric(5, 2)),
)

bookings = Table(
    "bookings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(32), unique=True, nullable=False),
    Column("berth_id", Integer, ForeignKey("berths.id"), nullable=False),
    Column("vessel_id", Integer, ForeignKey("vessels.id"), nullable=False),
    Column("partner_id", Integer, ForeignKey("partners.id")),
    Column("arrival", Date, nullable=False),
    Column("departure", Date, nullable=False),
    Column("status", String(16), nullable=False, default="pending"),
    Column("notes", Text),
    Column("total", Numeric(10, 2)),
    Column("created_at", DateTime),
)

partners = Table(
    "partners",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("website", Text),
    Column("return_url", Text),
    Column("confirmation_template", Text),
    Column("public_key_pem", Text),
    Column("active", Boolean, default=True),
)


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = get_settings()
    return create_engine(settings.database_url, pool_pre_ping=True, pool_size=10, future=True)


@contextmanager
def connection() -> Iterator[Connection]:
    with get_engine().connect() as conn:
        yield conn


@contextmanager
def transaction() -> Iterator[Connection]:
    with get_engine().begin() as conn:
        yield conn


@contextmanager
def pg_cursor(autocommit: bool = False) -> Iterator[psycopg.Cursor]:
    """Raw psycopg cursor for the staff portal's reporting-heavy queries."""
    settings = get_settings()
    with psycopg.connect(settings.psycopg_dsn, autocommit=autocommit, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            yield cur
