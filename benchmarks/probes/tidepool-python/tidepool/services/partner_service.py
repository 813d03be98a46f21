"""Partner integrations: profile, webhooks, tariff sheets, paperwork bundles, notifications."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Any

from tidepool.domain.dto import Partner, ValidationError
from tidepool.repositories import accounts as account_repo
from tidepool.repositories import bookings as booking_repo
from tidepool.repositories import partners as partner_repo
from tidepool.services import archives, tariffs, webhooks
from tidepool.services.rendering import render_greeting
from tidepool.security.netguard import validate_webhook_target

log = logging.getLogger(__name__)


@dataclass
class RegisteredWebhook:
    id: int
    secret: str


def guest_owner_id(partner_id: int) -> int:
    """Bookings made by a partner are owned by that partner's guest account."""
    owner = account_repo.owner_by_email(f"partner-{partner_id}@guests.tidepool.example")
    if owner is None:
        raise LookupError("partner guest account missing")
    return int(owner["id"])


def profile(partner_id: int) -> Partner:
    partner = partner_repo.get(partner_id)
    if partner is None or not partner.active:
        raise LookupError("partner not found")
    return partner


def update_profile(partner_id: int, changes: dict[str, Any]) -> Partner:
    website = changes.get("website")
    if website is not None and len(website) > 300:
        raise ValidationError("website", "too long")
    partner_repo.update_profile(
        partner_id,
        name=changes.get("name"),
        website=website,
        return_url=changes.get("return_url"),
        confirmation_template=changes.get("confirmation_template"),
    )
    return profile(partner_id)


def register_webhook(partner_id: int, event: str, target_url: str) -> RegisteredWebhook:
    if event not in webhooks.EVENTS:
        raise ValidationError("event", "unknown event")
    validate_webhook_target(target_url)
    secret = "whsec_" + secrets.token_urlsafe(24)
    result = webhooks.ping(target_url, secret)
    if not result.ok:
        raise ValidationError("target_url", f"endpoint answered {result.status_code}")
    subscription_id = partner_repo.add_webhook(partner_id, event, target_url, secret)
    return RegisteredWebhook(id=subscription_id, secret=secret)


def update_webhook(partner_id: int, subscription_id: int, target_url: str | None, active: bool | None) -> None:
    if not partner_repo.update_webhook(partner_id, subscription_id, target_url, active):
        raise LookupError("webhook not found")


def upload_tariff(partner_id: int, text: str) -> int:
    lines = tariffs.parse_partner_sheet(text)
    log.info("partner %s uploaded %d tariff lines", partner_id, len(lines))
    return len(lines)


def upload_bundle(partner_id: int, payload: bytes) -> int:
    return len(archives.unpack_partner_bundle(partner_id, payload))


def notify_guest(partner_id: int, booking_reference: str, greeting: str) -> str:
    booking = booking_repo.get_by_reference(booking_reference)
    if booking is None or booking.partner_id != partner_id:
        raise LookupError("booking not found")
    partner = profile(partner_id)
    return render_greeting(booking.vessel_name, greeting, marina="Tidepool", partner=partner.name, booking=booking.to_json())
