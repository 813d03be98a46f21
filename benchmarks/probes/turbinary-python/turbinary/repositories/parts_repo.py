"""Spare parts catalogue (SQLite snapshot) and warehouse ledger (PostgreSQL)."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass

import psycopg2

from turbinary.config import settings


class InsufficientStock(Exception):
    pass


@dataclass
class PartFilter:
    text: str = ""
    warehouse: str = "ESB-MAIN"
    in_stock_only: bool = False


class PartsCatalog:
    """Read-only catalogue, refreshed nightly from the ERP export."""

    def search(self, flt: PartFilter) -> list[dict]:
        with closing(sqlite3.connect(settings.parts_db_path)) as conn:
            conn.row_factory = sqlite3.Row
            cur = conn.cursor()
            cur.execute("SELECT sku, name, category, warehouse, qty_on_hand FROM parts WHERE name LIKE '%%%s%%' AND warehouse = '%s' ORDER BY name" % (flt.text, flt.warehouse))  # VULN sqli
            rows = [dict(r) for r in cur.fetchall()]
        return [r for r in rows if r["qty_on_hand"] > 0] if flt.in_stock_only else rows


class WarehouseLedger:
    def reserve(self, sku: str, qty: int, work_order_id: int) -> int:
        with psycopg2.connect(settings.warehouse_dsn) as conn, conn.cursor() as cur:
            cur.execute("UPDATE stock SET reserved = reserved + %s WHERE sku = %s AND qty_on_hand - reserved >= %s RETURNING qty_on_hand - reserved", (qty, sku, qty))  # SAFE sqli
            row = cur.fetchone()
            if row is None:
                raise InsufficientStock(sku)
            cur.execute(
                "INSERT INTO reservations (sku, qty, work_order_id) VALUES (%s, %s, %s)", (sku, qty, work_order_id)
            )
            return int(row[0])
