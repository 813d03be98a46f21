"""Partner self-service: profile/branding, webhooks, tariff sheets, paperwork bundles."""
from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, patch, post

from tidepool.partner_api.guards import require_scope
from tidepool.security.tokens import PartnerIdentity
from tidepool.services import partner_service


def _profile_json(partner) -> dict[str, Any]:
    return {
        "id": partner.id,
        "name": partner.name,
        "website": partner.website,
        "return_url": partner.return_url,
        "has_confirmation_template": bool(partner.confirmation_template),
    }


class IntegrationController(Controller):
    path = "/v1/integration"
    guards = [require_scope("integration")]

    @get("/profile")
    async def get_profile(self, partner: PartnerIdentity) -> dict[str, Any]:
        return _profile_json(partner_service.profile(partner.partner_id))

    @patch("/profile")
    async def update_profile(self, partner: PartnerIdentity, data: dict[str, Any]) -> dict[str, Any]:
        return _profile_json(partner_service.update_profile(partner.partner_id, data))

    @post("/webhooks")
    async def register_webhook(self, partner: PartnerIdentity, data: dict[str, Any]) -> dict[str, Any]:
        registered = partner_service.register_webhook(
            partner.partner_id, str(data.get("event", "")), str(data.get("target_url", ""))
        )
        return {"id": registered.id, "secret": registered.secret}

    @patch("/webhooks/{subscription_id:int}")
    async def update_webhook(self, partner: PartnerIdentity, subscription_id: int, data: dict[str, Any]) -> dict[str, Any]:
        partner_service.update_webhook(
            partner.partner_id,
            subscription_id,
            data.get("target_url"),
            data.get("active") if isinstance(data.get("active"), bool) else None,
        )
        return {"id": subscription_id, "updated": True}

    @post("/tariffs")
    async def upload_tariff(self, partner: PartnerIdentity, request: Request) -> dict[str, Any]:
        text = (await request.body()).decode("utf-8")
        return {"lines": partner_service.upload_tariff(partner.partner_id, text)}

    @post("/bundles")
    async def upload_bundle(self, partner: PartnerIdentity, request: Request) -> dict[str, Any]:
        payload = await request.body()
        return {"files": partner_service.upload_bundle(partner.partner_id, payload)}
