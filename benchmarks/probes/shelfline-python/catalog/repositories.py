"""Query helpers for the catalogue tables.

Most of the catalogue search runs through hand-written SQL because the
ILIKE/trigram combination performs much better than the ORM equivalent on
the 2.4M-row title table.
"""
from django.db import connection

from .models import Copy, Title

_TITLE_COLUMNS = "t.id, t.isbn, t.title, t.author, t.publisher, t.subject, t.format"


def search_titles_by_keyword(term, fmt=None, limit=50):
    fmt_clause = "AND t.format = %s " if fmt else ""
    sql = (
        f"SELECT {_TITLE_COLUMNS} FROM catalog_title t "
        f"WHERE (t.title ILIKE '%%{term}%%' OR t.author ILIKE '%%{term}%%') "
        + fmt_clause
        + "ORDER BY similarity(t.title, %s) DESC LIMIT %s"
    )
    params = ([fmt] if fmt else []) + [term, limit]
    return list(Title.objects.raw(sql, params))  # VULN sqli


def find_titles_by_isbn(isbn):
    sql = f"SELECT {_TITLE_COLUMNS} FROM catalog_title t WHERE t.isbn = %s ORDER BY t.id"
    return list(Title.objects.raw(sql, [isbn]))  # SAFE sqli


def copies_on_shelf_range(branch_code, call_prefix):
    qs = Copy.objects.select_related("title").filter(branch__code=branch_code, status="shelf")
    return qs.extra(where=[f"catalog_copy.call_number LIKE '{call_prefix}%%'"]).order_by("call_number")  # VULN sqli


def weeding_candidates(branch_code, min_age_years):
    qs = Copy.objects.select_related("title").filter(branch__code=branch_code)
    return qs.extra(where=["catalog_copy.acquired_on < (now() - make_interval(years => %s))"], params=[min_age_years])  # SAFE sqli


def circulation_counts(title_ids):
    if not title_ids:
        return {}
    with connection.cursor() as cur:
        cur.execute(
            "SELECT c.title_id, count(l.id) FROM catalog_copy c "
            "LEFT JOIN circulation_loan l ON l.copy_id = c.id "
            "WHERE c.title_id = ANY(%s) GROUP BY c.title_id",
            [list(title_ids)],
        )
        return dict(cur.fetchall())
