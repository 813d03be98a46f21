"""Leak alerts and customer notification subscriptions."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from aquameter.tables import leak_alerts, meters, webhook_subscriptions


class AlertRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(
        self,
        *,
        account_id: int | None,
        meter_id: int | None,
        severity: str,
        title: str,
        description: str | None,
        info_url: str | None,
        flow_lph: Decimal | None,
        reported_by: str,
    ) -> int:
        result = self.session.execute(
            insert(leak_alerts)
            .values(
                account_id=account_id,
                meter_id=meter_id,
                severity=severity,
                title=title,
                description=description,
                info_url=info_url,
                flow_lph=flow_lph,
                reported_by=reported_by,
            )
            .returning(leak_alerts.c.id)
        )
        return int(result.scalar_one())

    def get(self, alert_id: int) -> Any | None:
        stmt = (
            select(leak_alerts, meters.c.serial.label("meter_serial"))
            .select_from(leak_alerts.outerjoin(meters, meters.c.id == leak_alerts.c.meter_id))
            .where(leak_alerts.c.id == alert_id)
        )
        return self.session.execute(stmt).mappings().first()

    def for_account(self, account_id: int, limit: int = 50) -> list[Any]:
        stmt = (
            select(leak_alerts, meters.c.serial.label("meter_serial"))
            .select_from(leak_alerts.outerjoin(meters, meters.c.id == leak_alerts.c.meter_id))
            .where(leak_alerts.c.account_id == account_id)
            .order_by(leak_alerts.c.created_at.desc())
            .limit(limit)
        )
        return self.session.execute(stmt).mappings().all()

    def open_alert_exists(self, meter_id: int) -> bool:
        stmt = select(leak_alerts.c.id).where(leak_alerts.c.meter_id == meter_id, leak_alerts.c.status == "open")
        return self.session.execute(stmt).first() is not None

    def set_status(self, alert_id: int, status: str) -> None:
        self.session.execute(update(leak_alerts).where(leak_alerts.c.id == alert_id).values(status=status))

    def add_subscription(self, account_id: int, target_url: str, message_template: str | None, events: str) -> int:
        result = self.session.execute(
            insert(webhook_subscriptions)
            .values(account_id=account_id, target_url=target_url, message_template=message_template, events=events)
            .returning(webhook_subscriptions.c.id)
        )
        return int(result.scalar_one())

    def subscriptions_for(self, account_id: int, event: str) -> list[Any]:
        stmt = select(webhook_subscriptions).where(
            webhook_subscriptions.c.account_id == account_id,
            webhook_subscriptions.c.active.is_(True),
            webhook_subscriptions.c.events.contains(event),
        )
        return self.session.execute(stmt).mappings().all()
