from django.conf import settings
from django.db import connection
from sqlalchemy import create_engine, text

_engine = None


def reporting_engine():
    global _engine
    if _engine is None:
        _engine = create_engine(settings.REPORTING_DATABASE_URL, pool_pre_ping=True, pool_size=5)
    return _engine


class AnalyticsRepository:
    def on_time_by_region(self, region, since):
        sql = (
            "SELECT c.id AS carrier_id, c.legal_name, count(d.id) AS loads, "
            "avg(CASE WHEN d.delivered_at <= d.appointment_end THEN 1 ELSE 0 END) AS on_time, "
            "sum(CASE WHEN d.claim_filed THEN 1 ELSE 0 END) AS claims "
            "FROM carriers_carrier c JOIN reporting.deliveries d ON d.carrier_id = c.id "
            f"WHERE c.home_region = '{region}' AND d.delivered_at >= :since "
            "GROUP BY c.id, c.legal_name ORDER BY on_time DESC"
        )
        with reporting_engine().connect() as conn:
            return conn.execute(text(sql), {"since": since}).fetchall()  # VULN sqli

    def lane_rates(self, origin_state, dest_state, equipment_type):
        with connection.cursor() as cur:
            cur.execute(f"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY rate_per_mile), percentile_cont(0.9) WITHIN GROUP (ORDER BY rate_per_mile), count(*) FROM rate_history_{equipment_type} WHERE origin_state = %s AND dest_state = %s", [origin_state, dest_state])  # SAFE sqli
            return cur.fetchone()
