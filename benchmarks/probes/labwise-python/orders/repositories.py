from django.db import connection

from .models import TestOrder

PANEL_MEMBERSHIP_WHERE = (
    "orders_testorder.id IN ("
    " SELECT tp.testorder_id FROM orders_testorder_panels tp"
    " JOIN orders_testpanel p ON p.id = tp.testpanel_id"
    " WHERE p.code = %s)"
)


class OrderRepository:
    def base_queryset(self):
        return TestOrder.objects.select_related("patient", "physician").prefetch_related("panels")

    def for_physician(self, physician):
        return self.base_queryset().filter(physician=physician)

    def filter_by_panel(self, queryset, panel_code: str):
        return queryset.extra(where=[PANEL_MEMBERSHIP_WHERE], params=[panel_code])  # SAFE sqli

    def search_notes(self, queryset, text: str):
        return queryset.extra(where=[f"orders_testorder.notes ILIKE '%%{text}%%'"])  # VULN sqli

    def volume_by_period(self, bucket: str, days: int):
        sql = (
            f"SELECT date_trunc('{bucket}', created_at) AS period, priority, COUNT(*) "
            "FROM orders_testorder "
            "WHERE created_at >= now() - (%s * interval '1 day') "
            "GROUP BY 1, 2 ORDER BY 1"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [days])  # VULN sqli
            rows = cursor.fetchall()
        return [{"period": period.isoformat(), "priority": priority, "count": count} for period, priority, count in rows]

    def next_accession(self, prefix: str = "LW") -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval('orders_accession_seq')")
            (value,) = cursor.fetchone()
        return f"{prefix}{value:08d}"
