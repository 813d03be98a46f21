"""Bulk inserts that stay a single statement on SQLite.

Django's SQLite backend assumes SQLite's historical 999-variable limit, so ``bulk_create`` of a
40-column model sends one INSERT per 24 rows: ~800 statements for 20,000 findings. On SQLite
we instead prepare one INSERT and ``executemany`` it (one statement, many parameter sets),
converting values exactly as Django would (``get_db_prep_save``). PostgreSQL keeps
``bulk_create`` with batches sized under its 65,535-parameter limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from django.db import connection, models

M = TypeVar("M", bound=models.Model)

POSTGRES_MAX_PARAMS = 60_000


def bulk_insert(model: type[M], objs: Sequence[M]) -> None:
    """Insert ``objs`` (primary keys are not set on the instances)."""
    if not objs:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    if connection.vendor != "sqlite":
        batch = max(1, POSTGRES_MAX_PARAMS // len(fields))
        model._default_manager.bulk_create(objs, batch_size=batch)
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608 - identifiers from model metadata
    rows = [
        [f.get_db_prep_save(f.pre_save(obj, add=True), connection) for f in fields] for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
