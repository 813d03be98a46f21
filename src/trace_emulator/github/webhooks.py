"""Webhook deliveries to the App's webhook URL, signed as GitHub signs them, and their log.

Headers as documented for GitHub App webhooks: `X-GitHub-Event`, `X-GitHub-Delivery` (a GUID,
kept on redelivery), `X-GitHub-Hook-ID`, `X-GitHub-Hook-Installation-Target-Type/-ID`,
`X-Hub-Signature` (HMAC-SHA1, legacy) and `X-Hub-Signature-256` (`sha256=` + hex HMAC-SHA256 of
the raw body with the webhook secret), `User-Agent: GitHub-Hookshot/…`. GitHub does not retry a
failed delivery by itself; it is redelivered on request (control plane or
`POST /app/hook/deliveries/{id}/attempts`).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from trace_emulator.clock import Clock, iso_z

if TYPE_CHECKING:
    import httpx

    from trace_emulator.github.app import GitHubApp

TIMEOUT = 10.0  # GitHub gives a receiver 10 seconds to answer
MAX_LOGGED_RESPONSE = 4096
USER_AGENT = "GitHub-Hookshot/7c2d1e0"


def signature_256(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_sha1(secret: str, body: bytes) -> str:
    return "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()


@dataclass
class Delivery:
    id: int
    guid: str
    event: str
    action: str | None
    installation_id: int | None
    repository_id: int | None
    body: bytes = field(repr=False)
    delivered_at: float = 0.0
    redelivery: bool = False
    url: str | None = None
    request_headers: dict[str, str] = field(default_factory=dict)
    status_code: int | None = None
    response_body: str = ""
    error: str | None = None
    duration: float = 0.0

    def summary(self) -> dict[str, Any]:
        """GitHub's `GET /app/hook/deliveries` item."""
        ok = self.status_code is not None and 200 <= self.status_code < 300
        return {
            "id": self.id,
            "guid": self.guid,
            "delivered_at": iso_z(self.delivered_at),
            "redelivery": self.redelivery,
            "duration": round(self.duration, 3),
            "status": "OK" if ok else (self.error or f"Invalid HTTP Response: {self.status_code}"),
            "status_code": self.status_code or 0,
            "event": self.event,
            "action": self.action,
            "installation_id": self.installation_id,
            "repository_id": self.repository_id,
        }

    def detail(self) -> dict[str, Any]:
        """GitHub's `GET /app/hook/deliveries/{id}`: the request and the receiver's answer."""
        return {
            **self.summary(),
            "url": self.url,
            "request": {
                "headers": self.request_headers,
                "payload": json.loads(self.body),
            },
            "response": {"payload": self.response_body[:MAX_LOGGED_RESPONSE]},
        }


class WebhookSender:
    def __init__(self, app: GitHubApp, clock: Clock) -> None:
        self.app = app
        self.clock = clock
        self.log: list[Delivery] = []
        self._ids = itertools.count(90_000_000_001)
        self._client: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def deliver(
        self,
        event: str,
        payload: dict[str, Any],
        *,
        installation_id: int | None,
        repository_id: int | None = None,
    ) -> Delivery:
        delivery = Delivery(
            id=next(self._ids),
            guid=str(uuid.uuid4()),
            event=event,
            action=payload.get("action"),
            installation_id=installation_id,
            repository_id=repository_id,
            body=json.dumps(payload, separators=(",", ":")).encode(),
        )
        return await self._send(delivery)

    async def redeliver(self, delivery_id: int) -> Delivery:
        original = next((d for d in self.log if d.id == delivery_id), None)
        if original is None:
            raise KeyError(delivery_id)
        again = Delivery(
            id=next(self._ids),
            guid=original.guid,  # a redelivery carries the same X-GitHub-Delivery
            event=original.event,
            action=original.action,
            installation_id=original.installation_id,
            repository_id=original.repository_id,
            body=original.body,
            redelivery=True,
        )
        return await self._send(again)

    def headers(self, delivery: Delivery) -> dict[str, str]:
        secret = self.app.webhook_secret
        return {
            "Accept": "*/*",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-GitHub-Delivery": delivery.guid,
            "X-GitHub-Event": delivery.event,
            "X-GitHub-Hook-ID": str(self.app.hook_id),
            "X-GitHub-Hook-Installation-Target-ID": str(self.app.id),
            "X-GitHub-Hook-Installation-Target-Type": "integration",
            "X-Hub-Signature": signature_sha1(secret, delivery.body),
            "X-Hub-Signature-256": signature_256(secret, delivery.body),
        }

    async def _send(self, delivery: Delivery) -> Delivery:
        import httpx  # deferred like the Forge engine's client: start-up stays fast

        delivery.delivered_at = self.clock.now()
        delivery.url = self.app.webhook_url
        delivery.request_headers = self.headers(delivery)
        self.log.append(delivery)
        if not self.app.webhook_active:
            delivery.error = "webhook inactive"
            return delivery
        if self._client is None:
            self._client = httpx.AsyncClient(follow_redirects=False, trust_env=False)
        started = time.monotonic()
        try:
            response = await self._client.post(
                delivery.url,
                content=delivery.body,
                headers=delivery.request_headers,
                timeout=TIMEOUT,
            )
            delivery.status_code = response.status_code
            delivery.response_body = response.text[:MAX_LOGGED_RESPONSE]
        except httpx.TimeoutException:
            delivery.error = "timed out"
        except httpx.HTTPError as exc:
            delivery.error = f"failed to connect: {type(exc).__name__}"
        delivery.duration = time.monotonic() - started
        return delivery

    def find(self, delivery_id: int) -> Delivery | None:
        return next((d for d in self.log if d.id == delivery_id), None)
