"""Read-only reporting queries executed with raw psycopg 3 on the replica."""
from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
from psycopg import sql

GROUPINGS = {
    "day": "visit_date",
    "status": "status",
    "voucher": "voucher_code",
}

EXPORTABLE_TABLES = ("ticket_order", "school_visit", "school", "partner")


class ReportRepository:
    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def daily_takings(self, date_from: date, date_to: date) -> list[dict[str, Any]]:
        with self.conn.cursor() as cur:
            cur.execute("SELECT visit_date, COUNT(*) AS orders, SUM(total) AS takings FROM ticket_order WHERE status = 'paid' AND visit_date BETWEEN %s AND %s GROUP BY visit_date ORDER BY visit_date", (date_from, date_to))  # SAFE sqli
            return cur.fetchall()

    def grouped_summary(self, group_by: str, date_from: date, date_to: date, extra_filter: str | None) -> list[dict[str, Any]]:
        column = GROUPINGS.get(group_by)
        if column is None:
            raise ValueError(f"unsupported grouping {group_by!r}")
        query = sql.SQL(
            "SELECT {col} AS bucket, COUNT(*) AS orders, SUM(adults + children + concessions) AS visitors, SUM(total) AS takings "
            "FROM ticket_order WHERE visit_date BETWEEN %s AND %s"
        ).format(col=sql.Identifier(column))
        text_query = query.as_string(self.conn)
        if extra_filter:
            text_query += " AND (" + extra_filter + ")"
        text_query += " GROUP BY 1 ORDER BY 1"
        with self.conn.cursor() as cur:
            cur.execute(text_query, (date_from, date_to))  # VULN sqli
            return cur.fetchall()

    def school_visits_by_authority(self, date_from: date, date_to: date, group_by: str) -> list[dict[str, Any]]:
        column = {"authority": "local_authority", "workshop": "workshop", "year": "year_group"}.get(group_by, "local_authority")
        query = sql.SQL(
            "SELECT {col} AS bucket, COUNT(*) AS visits, SUM(v.pupils) AS pupils "
            "FROM school_visit v JOIN school s ON s.id = v.school_id "
            "WHERE v.visit_date BETWEEN %s AND %s GROUP BY 1 ORDER BY 2 DESC"
        ).format(col=sql.Identifier(column))
        with self.conn.cursor() as cur:
            cur.execute(query, (date_from, date_to))  # SAFE sqli
            return cur.fetchall()

    def export_rows(self, table: str) -> psycopg.Cursor:
        if table not in EXPORTABLE_TABLES:
            raise ValueError(f"table {table!r} is not exportable")
        cur = self.conn.cursor()
        cur.execute(sql.SQL("SELECT * FROM {} ORDER BY id").format(sql.Identifier(table)))
        return cur
