"""Bookings made by partners on behalf of their customers."""
from __future__ import annotations

from datetime import date
from typing import Any

from litestar import Controller, MediaType, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.response import Redirect

from tidepool.domain.dto import BookingRequest
from tidepool.partner_api.guards import require_scope
from tidepool.repositories import bookings as booking_repo
from tidepool.security.redirects import is_trusted_host
from tidepool.security.tokens import PartnerIdentity
from tidepool.services import booking_service, harbour_service, partner_service
from tidepool.services.rendering import render_jinja


class PartnerBookingController(Controller):
    path = "/v1"
    guards = [require_scope("bookings")]

    @post("/bookings")
    async def create(self, partner: PartnerIdentity, data: dict[str, Any]) -> dict[str, Any]:
        request = BookingRequest.from_payload(data, partner_id=partner.partner_id)
        created = booking_service.create_booking(request, owner_id=partner_service.guest_owner_id(partner.partner_id))
        return {"id": created.booking_id, "reference": created.reference, "total": str(created.quote.total)}

    @get("/bookings")
    async def list_bookings(self, partner: PartnerIdentity, since: date | None = None) -> list[dict[str, Any]]:
        return [b.to_json() for b in booking_repo.for_partner(partner.partner_id, since or date.today())]

    @get("/bookings/{reference:str}/receipt", media_type=MediaType.HTML)
    async def receipt(self, partner: PartnerIdentity, reference: str) -> Response:
        booking = booking_repo.get_by_reference(reference)
        if booking is None or booking.partner_id != partner.partner_id:
            raise NotFoundException("no such booking")
        profile = partner_service.profile(partner.partner_id)
        body = render_jinja("partner_receipt.html", booking=booking, partner=profile)
        return Response(content=body, media_type=MediaType.HTML)

    @post("/bookings/{reference:str}/notify")
    async def notify(self, partner: PartnerIdentity, reference: str, data: dict[str, Any]) -> dict[str, Any]:
        body = partner_service.notify_guest(partner.partner_id, reference, str(data.get("greeting", "")))
        return {"preview": body, "queued": True}

    @get("/checkout/return")
    async def checkout_return(self, partner: PartnerIdentity, to: str | None = None) -> Redirect:
        if is_trusted_host(to):
            return Redirect(path=to)  # SAFE redirect
        return Redirect(path="https://partners.tidepool.example/bookings")

    @post("/exports")
    async def request_export(self, partner: PartnerIdentity, data: dict[str, Any]) -> dict[str, Any]:
        start = date.fromisoformat(str(data["from"]))
        end = date.fromisoformat(str(data["to"]))
        filename = str(data.get("filename") or f"partner-{partner.partner_id}-{start:%Y%m%d}.csv")
        export_id = harbour_service.queue_export(partner.partner_id, filename, start, end)
        return {"export_id": export_id, "status": "queued"}
