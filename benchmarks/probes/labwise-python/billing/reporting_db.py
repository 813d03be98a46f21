"""Queries against the finance reporting replica (psycopg 3, no ORM)."""
from contextlib import contextmanager
from datetime import date

import psycopg
from django.conf import settings
from psycopg import sql
from psycopg.rows import dict_row

CLAIM_COLUMNS = {
    "claim_id",
    "accession",
    "payer_code",
    "cpt_code",
    "icd10_codes",
    "service_date",
    "billed_amount",
    "allowed_amount",
    "paid_amount",
    "status",
}


@contextmanager
def reporting_connection():
    conn = psycopg.connect(settings.REPORTING_DSN, row_factory=dict_row, autocommit=True)
    try:
        yield conn
    finally:
        conn.close()


class ReportingRepository:
    def claims_for_payer(self, payer_code: str, start: date, end: date) -> list[dict]:
        query = (
            "SELECT claim_id, accession, cpt_code, service_date, billed_amount, paid_amount, status "
            f"FROM claims WHERE payer_code = '{payer_code}' "
            "AND service_date BETWEEN %s AND %s ORDER BY service_date, claim_id"
        )
        with reporting_connection() as conn, conn.cursor() as cur:
            cur.execute(query, (start, end))  # VULN sqli
            return cur.fetchall()

    def claims_export_rows(self, payer_code: str, start: date, end: date, columns: list[str]) -> list[dict]:
        selected = [c for c in columns if c in CLAIM_COLUMNS] or ["claim_id", "accession", "billed_amount"]
        query = sql.SQL("SELECT {fields} FROM claims WHERE payer_code = %s AND service_date BETWEEN %s AND %s ORDER BY claim_id").format(
            fields=sql.SQL(", ").join(sql.Identifier(c) for c in selected)
        )
        with reporting_connection() as conn, conn.cursor() as cur:
            cur.execute(query, (payer_code, start, end))  # SAFE sqli
            return cur.fetchall()

    def revenue_by_period(self, bucket: str, start: date, end: date) -> list[dict]:
        query = (
            f"SELECT date_trunc('{bucket}', service_date) AS period, payer_code, "
            "SUM(billed_amount) AS billed, SUM(paid_amount) AS paid "
            "FROM claims WHERE service_date BETWEEN %s AND %s GROUP BY 1, 2 ORDER BY 1, 2"
        )
        with reporting_connection() as conn, conn.cursor() as cur:
            cur.execute(query, (start, end))  # SAFE sqli
            return cur.fetchall()

    def denial_reasons(self, payer_code: str, start: date, end: date) -> list[dict]:
        with reporting_connection() as conn, conn.cursor() as cur:
            cur.execute(  # SAFE sqli
                "SELECT denial_code, COUNT(*) AS n FROM claims WHERE payer_code = %s AND status = 'denied' "
                "AND service_date BETWEEN %s AND %s GROUP BY denial_code ORDER BY n DESC",
                (payer_code, start, end),
            )
            return cur.fetchall()
