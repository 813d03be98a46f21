"""A notification's webhook body per endpoint format, and its email text."""

from __future__ import annotations

import json
from typing import Any

from tracesec.notifications.events import Notification
from tracesec.notifications.models import WebhookFormat


def json_body(notification: Notification, *, delivery_id: str, timestamp: str) -> dict[str, Any]:
    return {"delivery_id": delivery_id, "timestamp": timestamp, **notification.to_json()}


def slack_body(notification: Notification) -> dict[str, Any]:
    """Slack's incoming-webhook shape: ``text`` (the fallback) and ``blocks``."""
    listed = "\n".join(f"• {line}" for line in notification.lines)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": notification.subject[:150]}},
    ]
    if listed:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": listed[:3000]}})
    blocks.append(
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Open in Trace"},
                    "url": notification.link,
                }
            ],
        }
    )
    return {"text": f"{notification.subject} <{notification.link}>", "blocks": blocks}


def webhook_body(
    notification: Notification, fmt: str, *, delivery_id: str, timestamp: str
) -> bytes:
    body = (
        slack_body(notification)
        if fmt == WebhookFormat.SLACK
        else json_body(notification, delivery_id=delivery_id, timestamp=timestamp)
    )
    return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()


def email_text(notification: Notification) -> str:
    lines = "\n".join(f"- {line}" for line in notification.lines)
    return (
        f"{notification.subject}\n\n{lines}\n\nOpen in Trace: {notification.link}\n\n"
        "You receive this as an admin of the organization; admins can change notifications "
        "under Settings → Notifications.\n"
    )
