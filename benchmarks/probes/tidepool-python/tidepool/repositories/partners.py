"""Partners (charter companies, agents), their webhooks and export requests."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, text, update

from tidepool.db import connection, partners, transaction
from tidepool.domain.dto import ExportRequest, Partner, WebhookSubscription


def _partner(row: Any) -> Partner:
    m = row._mapping
    return Partner(
        id=m["id"],
        name=m["name"],
        website=m["website"],
        return_url=m["return_url"],
        confirmation_template=m["confirmation_template"],
        public_key_pem=m["public_key_pem"],
        active=m["active"],
    )


def get(partner_id: int) -> Partner | None:
    with connection() as conn:
        row = conn.execute(select(partners).where(partners.c.id == partner_id)).first()
        return _partner(row) if row else None


def update_profile(partner_id: int, **fields: Any) -> None:
    allowed = {k: v for k, v in fields.items() if k in {"name", "website", "return_url", "confirmation_template"}}
    if not allowed:
        return
    with transaction() as conn:
        conn.execute(update(partners).where(partners.c.id == partner_id).values(**allowed))


def add_webhook(partner_id: int, event: str, target_url: str, secret: str) -> int:
    with transaction() as conn:
        row = conn.execute(
            text(
                "INSERT INTO webhook_subscriptions (partner_id, event, target_url, secret, active) "
                "VALUES (:p, :e, :u, :s, true) RETURNING id"
            ),
            {"p": partner_id, "e": event, "u": target_url, "s": secret},
        ).one()
        return int(row.id)


def update_webhook(partner_id: int, subscription_id: int, target_url: str | None, active: bool | None) -> bool:
    values: dict[str, Any] = {}
    if target_url is not None:
        values["target_url"] = target_url
    if active is not None:
        values["active"] = active
    if not values:
        return False
    assignments = ", ".join(f"{column} = :{column}" for column in values)
    with transaction() as conn:
        result = conn.execute(
            text(f"UPDATE webhook_subscriptions SET {assignments} WHERE id = :id AND partner_id = :p"),
            {**values, "id": subscription_id, "p": partner_id},
        )
        return result.rowcount == 1


def webhooks_for_event(event: str, partner_id: int | None) -> list[WebhookSubscription]:
    with connection() as conn:
        rows = conn.execute(
            text(
                "SELECT id, partner_id, event, target_url, secret, active FROM webhook_subscriptions "
                "WHERE event = :e AND active AND (:p IS NULL OR partner_id = :p)"
            ),
            {"e": event, "p": partner_id},
        )
        return [WebhookSubscription(**dict(r._mapping)) for r in rows]


def webhook(subscription_id: int) -> WebhookSubscription | None:
    with connection() as conn:
        row = conn.execute(
            text(
                "SELECT id, partner_id, event, target_url, secret, active FROM webhook_subscriptions WHERE id = :id"
            ),
            {"id": subscription_id},
        ).first()
        return WebhookSubscription(**dict(row._mapping)) if row else None


def create_export(partner_id: int | None, filename: str, start: date, end: date) -> int:
    with transaction() as conn:
        row = conn.execute(
            text(
                "INSERT INTO export_requests (partner_id, filename, period_start, period_end, status, requested_at) "
                "VALUES (:p, :f, :s, :e, 'queued', now()) RETURNING id"
            ),
            {"p": partner_id, "f": filename, "s": start, "e": end},
        ).one()
        return int(row.id)


def export_request(export_id: int) -> ExportRequest | None:
    with connection() as conn:
        row = conn.execute(
            text(
                "SELECT id, partner_id, filename, period_start, period_end, status, requested_at "
                "FROM export_requests WHERE id = :id"
            ),
            {"id": export_id},
        ).first()
        return ExportRequest(**dict(row._mapping)) if row else None


def mark_export(export_id: int, status: str) -> None:
    with transaction() as conn:
        conn.execute(text("UPDATE export_requests SET status = :s WHERE id = :id"), {"s": status, "id": export_id})
