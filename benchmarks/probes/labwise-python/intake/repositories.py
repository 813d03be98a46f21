from django.db import connection

from .models import Sample

SAMPLE_SEARCH_SQL = (
    "SELECT s.* FROM intake_sample s "
    "JOIN intake_patient p ON p.id = s.patient_id "
    "WHERE s.barcode ILIKE %s OR p.mrn ILIKE %s OR p.last_name ILIKE %s "
)


class SampleRepository:
    def search(self, term: str, sort_column: str, direction: str, limit: int = 200):
        like = f"%{term}%"
        sql = SAMPLE_SEARCH_SQL + f"ORDER BY {sort_column} {direction} LIMIT {int(limit)}"
        return list(Sample.objects.raw(sql, [like, like, like]))  # VULN sqli

    def count_by_status(self, station_code: str | None = None) -> dict[str, int]:
        sql = "SELECT s.status, COUNT(*) FROM intake_sample s"
        params = []
        if station_code:
            sql += " JOIN intake_collectionstation c ON c.id = s.station_id WHERE c.code = %s"
            params.append(station_code)
        sql += " GROUP BY s.status"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)  # SAFE sqli
            return {status: count for status, count in cursor.fetchall()}

    def pending_for_station(self, station):
        return (
            Sample.objects.filter(station=station, status=Sample.Status.RECEIVED)
            .select_related("patient")
            .order_by("received_at")
        )
