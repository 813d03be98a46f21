"""Data access for clinic webhooks."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pawchart.models.orm import Webhook


class WebhookRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, clinic_id: int, webhook_id: int) -> Webhook | None:
        stmt = select(Webhook).where(Webhook.clinic_id == clinic_id, Webhook.id == webhook_id)
        return self.session.scalars(stmt).first()

    def list_for_clinic(self, clinic_id: int) -> list[Webhook]:
        stmt = select(Webhook).where(Webhook.clinic_id == clinic_id).order_by(Webhook.id)
        return list(self.session.scalars(stmt))

    def active_for(self, clinic_id: int, event: str) -> list[Webhook]:
        stmt = select(Webhook).where(
            Webhook.clinic_id == clinic_id, Webhook.event == event, Webhook.active.is_(True)
        )
        return list(self.session.scalars(stmt))

    def add(self, hook: Webhook) -> Webhook:
        self.session.add(hook)
        self.session.flush()
        return hook

    def deactivate(self, hook: Webhook) -> None:
        hook.active = False
