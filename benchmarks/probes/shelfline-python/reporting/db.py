"""Reporting queries against the read replica (psycopg 3, no ORM)."""
import re
from contextlib import contextmanager

import psycopg
from django.conf import settings
from psycopg import sql
from psycopg.rows import dict_row

_IDENT = re.compile(r"[a-z_]{1,32}")

GROUPINGS = {
    "branch": "b.code",
    "format": "t.format",
    "subject": "t.subject",
}

SUMMARY_SORT_COLUMNS = {
    "checkouts": "checkouts",
    "holds": "holds",
    "title": "title",
    "branch": "branch_code",
}


class ReportError(Exception):
    pass


@contextmanager
def replica():
    with psycopg.connect(settings.REPORTING_DSN, row_factory=dict_row, autocommit=True) as conn:
        yield conn


def activity_by_period(bucket, group_by, year):
    """Checkouts per period (day/week/month) grouped by a dimension."""
    if not _IDENT.fullmatch(bucket):
        raise ReportError(f"invalid bucket {bucket!r}")
    dimension = GROUPINGS.get(group_by, group_by)
    query = (
        f"SELECT date_trunc(%s, l.checkout_at) AS period, {dimension} AS grp, count(*) AS checkouts "
        "FROM circulation_loan l "
        "JOIN catalog_copy c ON c.id = l.copy_id "
        "JOIN catalog_title t ON t.id = c.title_id "
        "JOIN catalog_branch b ON b.id = l.checkout_branch_id "
        "WHERE extract(year FROM l.checkout_at) = %s "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    with replica() as conn:
        return conn.execute(query, (bucket, int(year))).fetchall()  # VULN sqli


def circulation_summary(branch_code, sort_key, descending=True, limit=100):
    column = SUMMARY_SORT_COLUMNS.get(sort_key)
    if column is None:
        raise ReportError(f"cannot sort by {sort_key!r}")
    query = sql.SQL(
        "SELECT branch_code, title, checkouts, holds FROM reporting.title_circulation_mv "
        "WHERE branch_code = %s ORDER BY {col} {direction} LIMIT %s"
    ).format(
        col=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    with replica() as conn:
        return conn.execute(query, (branch_code, limit)).fetchall()  # SAFE sqli


def top_titles(branch_code, limit):
    n = int(limit)
    with replica() as conn:
        cur = conn.cursor()
        cur.execute(f"SELECT title, checkouts FROM reporting.title_circulation_mv WHERE branch_code = %s ORDER BY checkouts DESC LIMIT {n}", (branch_code,))  # SAFE sqli
        return cur.fetchall()
