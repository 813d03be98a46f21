"""Vessel registry lookups (driver-level SQL against the psycopg dialect)."""
from __future__ import annotations

from typing import Any

from tidepool.db import connection, transaction

_VESSEL_COLUMNS = "v.id, v.owner_id, v.name, v.mmsi, v.flag_state, v.length_m, v.beam_m, v.draft_m"


def get(vessel_id: int) -> dict[str, Any] | None:
    with connection() as conn:
        row = conn.exec_driver_sql(f"SELECT {_VESSEL_COLUMNS} FROM vessels v WHERE v.id = %(id)s", {"id": int(vessel_id)}).first()  # SAFE sqli
        return dict(row._mapping) if row else None


def find_by_mmsi(mmsi: str) -> list[dict[str, Any]]:
    statement = (
        f"SELECT {_VESSEL_COLUMNS}, o.display_name AS owner_name FROM vessels v "
        f"JOIN owners o ON o.id = v.owner_id WHERE v.mmsi = '{mmsi}' ORDER BY v.id DESC"
    )
    with connection() as conn:
        rows = conn.exec_driver_sql(statement).fetchall()  # VULN sqli
        return [dict(r._mapping) for r in rows]


def for_owner(owner_id: int) -> list[dict[str, Any]]:
    with connection() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {_VESSEL_COLUMNS} FROM vessels v WHERE v.owner_id = %(owner)s ORDER BY v.name",
            {"owner": owner_id},
        ).fetchall()
        return [dict(r._mapping) for r in rows]


def attach_document(vessel_id: int, kind: str, s3_key: str, original_name: str) -> None:
    with transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO vessel_documents (vessel_id, kind, s3_key, original_name, uploaded_at) "
            "VALUES (%(v)s, %(k)s, %(s)s, %(o)s, now())",
            {"v": vessel_id, "k": kind, "s": s3_key, "o": original_name},
        )


def documents(vessel_id: int) -> list[dict[str, Any]]:
    with connection() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, kind, s3_key, original_name, uploaded_at FROM vessel_documents "
            "WHERE vessel_id = %(v)s ORDER BY uploaded_at DESC",
            {"v": vessel_id},
        ).fetchall()
        return [dict(r._mapping) for r in rows]
