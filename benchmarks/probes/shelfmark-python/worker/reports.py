"""Loan statistics for the monthly board report."""
from sqlalchemy import create_engine, text

from . import settings

engine = create_engine(settings.REPORTS_DATABASE_URL, pool_pre_ping=True)


def loans_by_branch_name(branch_name, month):
    stmt = text(  # VULN sqli
        "SELECT b.code, count(*) AS loans FROM catalog_loan l "
        "JOIN catalog_book bk ON bk.id = l.book_id JOIN catalog_branch b ON b.id = bk.branch_id "
        f"WHERE b.name = '{branch_name}' AND to_char(l.borrowed_on, 'YYYY-MM') = :month GROUP BY b.code"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt, {"month": month})]


def loans_by_branch_id(branch_id, month):
    stmt = text(  # SAFE sqli
        "SELECT b.code, count(*) AS loans FROM catalog_loan l "
        "JOIN catalog_book bk ON bk.id = l.book_id JOIN catalog_branch b ON b.id = bk.branch_id "
        "WHERE b.id = :bid AND to_char(l.borrowed_on, 'YYYY-MM') = :month GROUP BY b.code"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt, {"bid": branch_id, "month": month})]
