"""An endpoint's signing secret, sealed by the KMS and bound to the endpoint."""

from __future__ import annotations

from tracesec.kms import get_kms
from tracesec.notifications.models import WebhookEndpoint


def _context(endpoint: WebhookEndpoint) -> dict[str, str]:
    return {
        "purpose": "notification-webhook-secret",
        "organization": str(endpoint.organization_id),
        "endpoint": str(endpoint.pk),
    }


def secret_seal(endpoint: WebhookEndpoint, secret: str) -> None:
    """Seal ``secret`` into ``endpoint`` (which must be saved: its id is in the context)."""
    sealed = get_kms().encrypt(secret.encode(), _context(endpoint))
    endpoint.secret_ciphertext = sealed.ciphertext
    endpoint.secret_key_id = sealed.key_id
    endpoint.secret_hint = "…" + secret[-4:]


def secret_open(endpoint: WebhookEndpoint) -> bytes:
    """The secret in clear, in memory only, for signing one delivery."""
    return get_kms().decrypt(
        bytes(endpoint.secret_ciphertext), endpoint.secret_key_id, _context(endpoint)
    )
