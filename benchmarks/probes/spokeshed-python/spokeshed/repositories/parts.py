"""Parts stock, queried through the records-style SQLAlchemy Core wrapper."""
from __future__ import annotations

from decimal import Decimal

from spokeshed.db import Database
from spokeshed.domain.dto import Part, StockMovement

_SELECT = (
    "SELECT sku, name, category, bin_location, qty_on_hand, unit_cost, sale_price, supplier_code "
    "FROM parts"
)

SORTABLE = {
    "name": "name",
    "bin": "bin_location",
    "stock": "qty_on_hand",
    "price": "sale_price",
}


class PartsRepository:
    def __init__(self, db: Database | None = None) -> None:
        self.db = db or Database()

    def get(self, sku: str) -> Part | None:
        row = self.db.query(f"{_SELECT} WHERE sku = :sku", sku=sku).first()  # SAFE sqli
        return Part(**row) if row else None

    def list(self, category: str | None, sort: str) -> list[Part]:
        order = SORTABLE.get(sort, sort)
        if category:
            rows = self.db.query(f"{_SELECT} WHERE category = :category ORDER BY {order}", category=category)  # VULN sqli
        else:
            rows = self.db.query(f"{_SELECT} ORDER BY name")
        return [Part(**r) for r in rows]

    def low_stock(self, threshold: int | str) -> list[Part]:
        rows = self.db.query(f"{_SELECT} WHERE qty_on_hand < {int(threshold)} ORDER BY qty_on_hand")  # SAFE sqli
        return [Part(**r) for r in rows]

    def search_names(self, term: str) -> list[Part]:
        rows = self.db.query(f"{_SELECT} WHERE name ILIKE :pattern ORDER BY name LIMIT 25", pattern=f"%{term}%")  # SAFE sqli
        return [Part(**r) for r in rows]

    def record_movement(self, movement: StockMovement) -> int:
        with self.db.transaction() as conn:
            from sqlalchemy import text

            conn.execute(
                text(
                    "INSERT INTO stock_movements (sku, delta, reason, booking_id, volunteer_id) "
                    "VALUES (:sku, :delta, :reason, :booking_id, :volunteer_id)"
                ),
                {
                    "sku": movement.sku,
                    "delta": movement.delta,
                    "reason": movement.reason,
                    "booking_id": movement.booking_id,
                    "volunteer_id": movement.volunteer_id,
                },
            )
            result = conn.execute(
                text("UPDATE parts SET qty_on_hand = qty_on_hand + :delta WHERE sku = :sku RETURNING qty_on_hand"),
                {"sku": movement.sku, "delta": movement.delta},
            )
            return int(result.scalar_one())

    def upsert_trade_price(self, supplier_code: str, sku: str, unit_cost: Decimal) -> None:
        self.db.query(
            "UPDATE parts SET unit_cost = :cost, supplier_code = :supplier, updated_at = now() WHERE sku = :sku",
            cost=unit_cost, supplier=supplier_code, sku=sku,
        )
