"""Data access for shipments, manifests and warehouse bins.

Most reads go through the ORM; the reporting queries use SQL directly because
the planners asked for exact control over the output columns.
"""
import logging
from decimal import Decimal

from django.db import connection, transaction

from .models import Shipment, WarehouseBin

logger = logging.getLogger("kestrel.repositories")


def _dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


class ShipmentRepository:
    table = "portal_shipment"

    def search_by_reference(self, customer_id: int, term: str) -> list[dict]:
        sql = (
            f"SELECT id, reference, status, origin, destination, updated_at FROM {self.table} "
            f"WHERE customer_id = %s AND reference ILIKE '%%{term}%%' ORDER BY updated_at DESC LIMIT 50"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [customer_id])  # VULN sqli
            return _dictfetchall(cur)

    def get_for_customer(self, customer_id: int, shipment_id: int) -> dict | None:
        with connection.cursor() as cur:
            cur.execute(  # SAFE sqli
                f"SELECT id, reference, status, origin, destination, weight_kg, notes FROM {self.table} "
                "WHERE customer_id = %s AND id = %s",
                [customer_id, shipment_id],
            )
            rows = _dictfetchall(cur)
        return rows[0] if rows else None

    def list_ordered(self, customer_id: int, order_column: str, direction: str):
        sql = f"SELECT * FROM {self.table} WHERE customer_id = %s ORDER BY {order_column} {direction}"
        return list(Shipment.objects.raw(sql, [customer_id]))  # SAFE sqli

    def on_manifest(self, manifest_id: int, carrier_code: str):
        sql = (
            "SELECT s.* FROM portal_shipment s "
            "JOIN portal_manifest_shipments ms ON ms.shipment_id = s.id "
            "JOIN portal_carrier c ON c.id = s.carrier_id "
            "WHERE ms.manifest_id = %d AND c.code = '%s'" % (manifest_id, carrier_code)
        )
        return list(Shipment.objects.raw(sql))  # VULN sqli

    def mark_delivered(self, shipment_ids: list[int]) -> int:
        with transaction.atomic():
            updated = Shipment.objects.filter(id__in=shipment_ids).update(status=Shipment.Status.DELIVERED)
        logger.info("marked %s shipments delivered", updated)
        return updated


class WarehouseBinRepository:
    def free_bins(self, warehouse_code: str, min_free_kg: Decimal):
        return WarehouseBin.objects.extra(  # SAFE sqli
            where=["warehouse_code = %s", "capacity_kg - used_kg >= %s"],
            params=[warehouse_code, min_free_kg],
        ).order_by("aisle", "level", "position")

    def occupancy_by_aisle(self, warehouse_code: str) -> list[dict]:
        with connection.cursor() as cur:
            cur.execute(  # VULN sqli
                "SELECT aisle, COUNT(*) AS bins, SUM(used_kg) AS used, SUM(capacity_kg) AS capacity "
                "FROM portal_warehousebin WHERE warehouse_code = '" + warehouse_code + "' GROUP BY aisle ORDER BY aisle"
            )
            return _dictfetchall(cur)

    def assign(self, bin_id: int, shipment: Shipment) -> None:
        WarehouseBin.objects.filter(pk=bin_id).update(current_shipment=shipment, used_kg=shipment.weight_kg)
