"""Customer notifications for leak alerts (webhooks to property-management systems)."""
from __future__ import annotations

import logging
import time
from typing import Any

import requests
from jinja2 import Environment, StrictUndefined, TemplateError
from sqlalchemy.orm import Session

from aquameter.clients.webhooks import WebhookClient
from aquameter.repositories.accounts import AccountRepository
from aquameter.repositories.alerts import AlertRepository
from aquameter.security.credentials import retry_backoff_seconds

log = logging.getLogger(__name__)

DEFAULT_LEAK_TEMPLATE = (
    "Aquameter: possible leak on meter {{ meter }} at {{ address }}. "
    "Current flow {{ flow }} L/h ({{ severity }})."
)

_message_env = Environment(autoescape=False, undefined=StrictUndefined, trim_blocks=True)


def render_message(template_source: str, context: dict[str, Any]) -> str:
    return _message_env.from_string(template_source).render(**context)  # VULN ssti


class NotificationService:
    def __init__(self, session: Session, webhooks: WebhookClient) -> None:
        self.alerts = AlertRepository(session)
        self.accounts = AccountRepository(session)
        self.webhooks = webhooks

    def dispatch_leak_alert(self, alert_id: int) -> int:
        alert = self.alerts.get(alert_id)
        if alert is None or alert["account_id"] is None:
            return 0
        account = self.accounts.get(alert["account_id"])
        context = {
            "meter": alert["meter_serial"] or "unknown",
            "address": account["service_address"] if account else "",
            "flow": alert["flow_lph"],
            "severity": alert["severity"],
            "account": account["account_number"] if account else "",
        }
        delivered = 0
        for sub in self.alerts.subscriptions_for(alert["account_id"], "leak.detected"):
            try:
                message = render_message(sub["message_template"] or DEFAULT_LEAK_TEMPLATE, context)
            except TemplateError:
                log.warning("subscription %s has a broken template; using default", sub["id"])
                message = render_message(DEFAULT_LEAK_TEMPLATE, context)
            payload = {"alert_id": alert_id, "message": message, **context}
            if self._deliver_with_retry(sub, payload):
                delivered += 1
        return delivered

    def _deliver_with_retry(self, sub: dict[str, Any], payload: dict[str, Any], attempts: int = 3) -> bool:
        for attempt in range(attempts):
            try:
                status = self.webhooks.deliver(sub["target_url"], "leak.detected", payload)
            except requests.RequestException as exc:
                log.warning("webhook %s failed: %s", sub["id"], exc)
                return False
            if 200 <= status < 300:
                return True
            if status < 500:
                return False
            time.sleep(retry_backoff_seconds(attempt, int(sub["id"])))
        return False
