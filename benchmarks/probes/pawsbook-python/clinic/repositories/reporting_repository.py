import os

import psycopg
from django.conf import settings
from psycopg import sql

REPORT_METRICS = {
    "visits": "visit_count",
    "revenue": "revenue_total",
    "no_shows": "no_show_count",
    "new_patients": "new_patient_count",
}


def _connect():
    cfg = settings.REPORTING_DB
    return psycopg.connect(host=cfg["host"], dbname=cfg["dbname"], user=cfg["user"], password=os.environ["PAWSBOOK_REPORTING_PASSWORD"])  # SAFE secret


def monthly_ranking(metric, limit=10):
    column = REPORT_METRICS.get(metric)
    if column is None:
        raise ValueError(f"unknown metric {metric!r}")
    query = sql.SQL("SELECT clinic_code, month, {col} FROM clinic_monthly_stats ORDER BY {col} DESC LIMIT %s").format(col=sql.Identifier(column))  # SAFE sqli
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, [int(limit)])
        return [
            {"clinic": row[0], "month": row[1].isoformat(), "value": float(row[2])}
            for row in cur.fetchall()
        ]

