"""Gardener webhooks and partner co-op endpoints."""
from blacksheep import FromJSON, Request, json
from blacksheep.exceptions import BadRequest, NotFound

from brightwell.api.auth import PartnerTokenHeader, partner_claims, require_gardener
from brightwell.api.routing import router
from brightwell.api.schemas import AvatarPayload, WebhookPayload
from brightwell.models import Listing, Webhook
from brightwell.security.tokens import new_webhook_secret
from brightwell.security.urls import UnsafeURL
from brightwell.services import media_service, webhook_client

EVENTS = {"listing.created", "offer.created", "booking.confirmed"}
MAX_BUNDLE_BYTES = 40 * 1024 * 1024


@router.post("/api/webhooks")
async def register_webhook(request: Request, body: FromJSON[WebhookPayload]):
    gardener = require_gardener(request)
    payload = body.value
    if payload.event not in EVENTS:
        raise BadRequest("unknown event")
    if not payload.target_url.startswith(("https://", "http://")):
        raise BadRequest("target_url must be an http(s) URL")
    hook = Webhook.create(owner=gardener, target_url=payload.target_url.strip(),
                          event=payload.event, signing_secret=new_webhook_secret())
    return json({"id": hook.id, "secret": hook.signing_secret}, status=201)


@router.delete("/api/webhooks/{hook_id}")
async def delete_webhook(request: Request, hook_id: int):
    gardener = require_gardener(request)
    deleted = Webhook.delete().where((Webhook.id == hook_id) & (Webhook.owner == gardener)).execute()
    if not deleted:
        raise NotFound()
    return json({"deleted": hook_id})


@router.get("/partner/listings")
async def partner_listings(token: PartnerTokenHeader):
    claims = partner_claims(token.value, "listings:read")
    listings = Listing.select().where(Listing.status == "open").limit(200)
    return json({
        "partner": claims.get("sub"),
        "listings": [{"id": l.id, "title": l.title, "produce_type": l.produce_type} for l in listings],
    })


@router.post("/partner/avatar")
async def partner_avatar(token: PartnerTokenHeader, body: FromJSON[AvatarPayload]):
    partner_claims(token.value, "listings:write")
    try:
        data = webhook_client.fetch_partner_avatar(body.value.url)
    except UnsafeURL as exc:
        raise BadRequest(str(exc))
    return json({"bytes": len(data)})


@router.post("/partner/{partner}/bundle")
async def partner_bundle(request: Request, partner: str, token: PartnerTokenHeader):
    partner_claims(token.value, "listings:write")
    archive = await request.read()
    if not archive or len(archive) > MAX_BUNDLE_BYTES:
        raise BadRequest("bundle missing or too large")
    return json({"files": media_service.unpack_partner_bundle(archive, partner)})


@router.post("/partner/{partner}/donations/{listing_id}")
async def partner_claim_donation(partner: str, listing_id: int, token: PartnerTokenHeader):
    claims = partner_claims(token.value, "listings:write")
    listing = Listing.get_or_none(Listing.id == listing_id)
    if listing is None or listing.status != "open":
        raise NotFound()
    try:
        status = webhook_client.notify_partner(partner, "donation.claimed", {"listing": listing.id, "by": claims.get("sub")})
    except KeyError:
        raise NotFound()
    return json({"listing": listing.id, "partner_status": status})
