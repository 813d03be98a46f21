"""Read-only access to the pre-2018 permit archive (plain sqlite3 DB-API)."""
import sqlite3
from contextlib import closing

from ..config import settings


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.LEGACY_DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def archived_permits(sort_column: str, direction: str, year: int) -> list[dict]:
    sql = (
        "SELECT permit_no, applicant, address, decision, decided_on "
        "FROM archive_permits WHERE strftime('%Y', decided_on) = ? "
        f"ORDER BY {sort_column} {direction}"
    )
    with closing(_connect()) as conn:
        cur = conn.cursor()
        cur.execute(sql, (str(year),))  # SAFE sqli
        return [dict(row) for row in cur.fetchall()]


def archived_by_applicant(applicant: str, order_by: str, direction: str) -> list[dict]:
    with closing(_connect()) as conn:
        cur = conn.cursor()
        cur.execute(  # VULN sqli
            "SELECT permit_no, applicant, address, decision FROM archive_permits "
            "WHERE applicant LIKE ? ORDER BY " + order_by + " " + direction,
            (f"%{applicant}%",),
        )
        return [dict(row) for row in cur.fetchall()]

