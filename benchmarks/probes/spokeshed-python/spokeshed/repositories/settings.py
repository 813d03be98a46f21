"""Co-op configurable settings: supplier feeds, message templates, pricing rules."""
from __future__ import annotations

from spokeshed.db import Database
from spokeshed.domain.dto import SupplierFeed


class SettingsRepository:
    def __init__(self, db: Database | None = None) -> None:
        self.db = db or Database()

    def get_value(self, key: str, default: str | None = None) -> str | None:
        value = self.db.query("SELECT value FROM coop_settings WHERE key = :key", key=key).scalar()
        return default if value is None else value

    def set_value(self, key: str, value: str, changed_by: str) -> None:
        self.db.query(
            "INSERT INTO coop_settings (key, value, changed_by) VALUES (:key, :value, :by) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, changed_by = EXCLUDED.changed_by, changed_at = now()",
            key=key, value=value, by=changed_by,
        )

    def feeds(self) -> list[SupplierFeed]:
        rows = self.db.query("SELECT supplier_code, name, feed_url, format FROM supplier_feeds WHERE enabled ORDER BY name")
        return [SupplierFeed(**r) for r in rows]

    def feed(self, supplier_code: str) -> SupplierFeed | None:
        row = self.db.query(
            "SELECT supplier_code, name, feed_url, format FROM supplier_feeds WHERE supplier_code = :code",
            code=supplier_code,
        ).first()
        return SupplierFeed(**row) if row else None

    def save_feed(self, feed: SupplierFeed) -> None:
        self.db.query(
            "INSERT INTO supplier_feeds (supplier_code, name, feed_url, format, enabled) "
            "VALUES (:code, :name, :url, :fmt, true) "
            "ON CONFLICT (supplier_code) DO UPDATE SET name = EXCLUDED.name, feed_url = EXCLUDED.feed_url, format = EXCLUDED.format",
            code=feed.supplier_code, name=feed.name, url=feed.feed_url, fmt=feed.format,
        )

    def message_template(self, name: str) -> str | None:
        return self.db.query("SELECT body FROM message_templates WHERE name = :name", name=name).scalar()

    def save_message_template(self, name: str, body: str) -> None:
        self.db.query(
            "INSERT INTO message_templates (name, body) VALUES (:name, :body) "
            "ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body",
            name=name, body=body,
        )

    def booking_for_worker(self, booking_id: int) -> dict | None:
        return self.db.query(
            "SELECT id, customer_name, email, repair_kind, slot_start, collection_code, status "
            "FROM bookings WHERE id = :id",
            id=booking_id,
        ).first()

    def volunteer_for_worker(self, volunteer_id: int) -> dict | None:
        return self.db.query(
            "SELECT id, display_name, email, calendar_webhook FROM volunteers WHERE id = :id", id=volunteer_id
        ).first()

    def stale_photos(self, days: int) -> list[dict]:
        return list(self.db.query(
            "SELECT p.id, p.stored_name, p.original_name FROM booking_photos p JOIN bookings b ON b.id = p.booking_id "
            "WHERE b.status = 'collected' AND b.updated_at < now() - make_interval(days => :days)",
            days=days,
        ))

    def forget_photo(self, photo_id: int) -> None:
        self.db.query("DELETE FROM booking_photos WHERE id = :id", id=photo_id)
