from django.db import connection


def _dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def overdue_loans_for_branch(branch_code, min_days_overdue):
    with connection.cursor() as cur:
        cur.execute(  # VULN sqli
            "SELECT l.id AS loan_id, l.patron_id, l.due_date, t.title "
            "FROM circulation_loan l "
            "JOIN catalog_copy c ON c.id = l.copy_id "
            "JOIN catalog_title t ON t.id = c.title_id "
            "JOIN catalog_branch b ON b.id = l.checkout_branch_id "
            "WHERE l.returned_at IS NULL AND b.code = '%s' "
            "AND l.due_date < current_date - %s "
            "ORDER BY l.due_date" % (branch_code, min_days_overdue)
        )
        return _dictfetchall(cur)


def increment_renewal(loan_id, patron_id, new_due_date):
    with connection.cursor() as cur:
        cur.execute(  # SAFE sqli
            "UPDATE circulation_loan SET renewals = renewals + 1, due_date = %s "
            "WHERE id = %s AND patron_id = %s AND returned_at IS NULL",
            [new_due_date, loan_id, patron_id],
        )
        return cur.rowcount == 1


def active_hold_count(title_id):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM circulation_hold WHERE title_id = %s AND status IN ('waiting', 'in_transit')",
            [title_id],
        )
        return cur.fetchone()[0]
