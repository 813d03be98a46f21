"""Clinic webhooks: registration and event fan-out."""
from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy.orm import Session

from pawchart.jobs import actors
from pawchart.models.orm import Webhook
from pawchart.models.schemas import WebhookCreate
from pawchart.repositories.webhook_repo import WebhookRepository


class WebhookNotFound(LookupError):
    pass


class WebhookService:
    def __init__(self, session: Session) -> None:
        self.repo = WebhookRepository(session)

    def register(self, clinic_id: int, body: WebhookCreate) -> Webhook:
        hook = Webhook(
            clinic_id=clinic_id,
            event=body.event,
            target_url=body.target_url.strip(),
            secret=secrets.token_hex(32),
        )
        return self.repo.add(hook)

    def list(self, clinic_id: int) -> list[Webhook]:
        return self.repo.list_for_clinic(clinic_id)

    def get(self, clinic_id: int, webhook_id: int) -> Webhook:
        hook = self.repo.get(clinic_id, webhook_id)
        if hook is None:
            raise WebhookNotFound(webhook_id)
        return hook

    def disable(self, clinic_id: int, webhook_id: int) -> None:
        self.repo.deactivate(self.get(clinic_id, webhook_id))

    def dispatch(self, clinic_id: int, event: str, payload: dict[str, Any]) -> int:
        hooks = self.repo.active_for(clinic_id, event)
        for hook in hooks:
            actors.deliver_webhook.send(hook.id, event, payload)
        return len(hooks)

    def send_test(self, clinic_id: int, webhook_id: int) -> None:
        hook = self.get(clinic_id, webhook_id)
        actors.deliver_webhook.send(hook.id, "ping", {"webhook_id": hook.id})
