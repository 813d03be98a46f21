"""Data access helpers for catalogue queries that the ORM does not express well."""
from django.db import connection
from django.db.models.expressions import RawSQL

from .models import Book, Loan, PatronPreference

SORTABLE_COLUMNS = {"title", "author", "published", "shelf_code"}


class BookRepository:
    table = Book._meta.db_table

    def search_titles(self, term):
        query = (
            f"SELECT b.* FROM {self.table} b JOIN catalog_branch br ON br.id = b.branch_id "
            f"WHERE b.title ILIKE '%{term}%' ORDER BY b.title"
        )
        return list(Book.objects.raw(query))  # VULN sqli

    def search_authors(self, term):
        return list(
            Book.objects.raw(
                f"SELECT * FROM {self.table} WHERE author ILIKE %s ORDER BY author",
                [f"%{term}%"],
            )
        )

    def filtered(self, criteria):
        qs = Book.objects.select_related("branch")
        if criteria.get("branch"):
            qs = qs.filter(branch__code=criteria["branch"])
        if criteria.get("published_after"):
            qs = qs.extra(where=[f"published >= '{criteria['published_after']}'"])  # VULN sqli
        return qs

    def for_patron_sort(self, patron):
        pref = PatronPreference.objects.filter(patron=patron).first()
        column = pref.catalog_sort if pref else "title"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, title, author FROM {self.table} ORDER BY {column} LIMIT 50")  # SAFE sqli
            return cursor.fetchall()

    def shelf(self, branch_code, order_by):
        if order_by not in SORTABLE_COLUMNS:
            order_by = "title"
        return Book.objects.filter(branch__code=branch_code).order_by(order_by)


class LoanRepository:
    def overdue_counts(self, branch_id):
        return Loan.objects.filter(book__branch_id=branch_id, returned_on__isnull=True).annotate(
            days_late=RawSQL("GREATEST(CURRENT_DATE - due_on, 0)", ()),
        )

    def loans_for_branch(self, branch_id, status):
        return Loan.objects.annotate(
            late=RawSQL("CASE WHEN due_on < CURRENT_DATE THEN %s ELSE 'ok' END", (status,)),
        ).filter(book__branch_id=branch_id)

    def renew(self, loan_id, days):
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE catalog_loan SET due_on = due_on + %s, renewals = renewals + 1 WHERE id = %s",
                [days, loan_id],
            )
            return cursor.rowcount
