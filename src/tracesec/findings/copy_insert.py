"""Bulk inserts for recording scans: one statement, whatever the row count.

- PostgreSQL: ``COPY ... FROM STDIN`` (psycopg 3), the fastest way in. ``bulk_create`` builds a
  huge parameter list per ~1,400 rows and spends most of its time preparing values.
- SQLite: Django's backend assumes SQLite's historical 999-variable limit, so ``bulk_create``
  of a 40-column model sends an INSERT per 24 rows (~800 statements for 20,000 findings); we
  prepare one INSERT and ``executemany`` it instead.

Rows are plain dicts keyed by attribute name (no model instances: constructing 20,000 of them
costs more than the insert). Missing columns take the field default. Values are converted as
Django would where the driver cannot take them as they are (JSON; datetimes on SQLite).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from django.db import connection, models

_PLAIN = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
)


def _converter(field: models.Field[Any, Any]) -> Callable[[Any], Any]:
    postgres = connection.vendor == "postgresql"
    if isinstance(field, models.JSONField):
        if postgres:
            encoder = field.encoder
            return lambda value: None if value is None else json.dumps(value, cls=encoder)
        return lambda value: field.get_db_prep_save(value, connection)
    if isinstance(field, _PLAIN) or (postgres and isinstance(field, models.DateTimeField)):
        return lambda value: value
    return lambda value: field.get_db_prep_save(value, connection)


def bulk_insert(model: type[models.Model], rows: Sequence[Mapping[str, Any]], *, now: Any) -> None:
    """Insert ``rows`` ({attname: value}); ``created_at``/``updated_at`` default to ``now``."""
    if not rows:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    plan = []
    for field in fields:
        if field.attname in ("created_at", "updated_at"):
            default: Any = now
        else:
            default = field.get_default()  # "" for blank strings without a default, else None
        plan.append((field.attname, default, _converter(field)))
    values = ([convert(row.get(name, default)) for name, default, convert in plan] for row in rows)
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(str(f.column)) for f in fields)
    started = time.monotonic()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = f"COPY {table} ({columns}) FROM STDIN"
            raw = cursor.cursor  # the psycopg cursor under Django's wrapper
            with raw.copy(sql) as copy:  # type: ignore[attr-defined]
                for row in values:
                    copy.write_row(row)
            if connection.queries_logged:  # count it like any other statement
                connection.queries_log.append(
                    {
                        "sql": f"{sql} -- {len(rows)} rows",
                        "time": f"{time.monotonic() - started:.3f}",
                    }
                )
            return
        placeholders = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608 - identifiers from model metadata
        cursor.executemany(sql, list(values))


def bulk_update_by_id(
    model: type[models.Model],
    attnames: Sequence[str],
    rows: Sequence[tuple[int, Mapping[str, Any]]],
    *,
    now: Any,
) -> None:
    """``UPDATE ... SET <attnames>, updated_at WHERE id = %s`` for each (id, values), as one
    prepared statement executed many times (psycopg pipelines it). ``bulk_update`` would build
    a CASE per column over every row instead, which is quadratic in the batch."""
    if not rows:
        return
    fields = [model._meta.get_field(name) for name in attnames]
    converters = [_converter(f) for f in fields]  # type: ignore[arg-type]
    stamp_field = model._meta.get_field("updated_at")
    stamp = _converter(stamp_field)(now)  # type: ignore[arg-type]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(str(f.column))} = %s" for f in fields)  # type: ignore[union-attr]
    sql = (
        f"UPDATE {quote(model._meta.db_table)} SET {assignments}, "  # noqa: S608 - identifiers from model metadata
        f"{quote('updated_at')} = %s WHERE {quote('id')} = %s"
    )
    params = [
        [
            *(convert(values[name]) for name, convert in zip(attnames, converters, strict=True)),
            stamp,
            pk,
        ]
        for pk, values in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
