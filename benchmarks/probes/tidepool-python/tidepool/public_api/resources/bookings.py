"""Booking creation, lookup and the payment provider's return leg."""
from __future__ import annotations

import falcon

from tidepool.domain.dto import BookingRequest, ValidationError
from tidepool.repositories import bookings as booking_repo
from tidepool.repositories import partners as partner_repo
from tidepool.services import booking_service
from tidepool.services.booking_service import BookingError
from tidepool.services.rendering import render_jinja


class BookingCollectionResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        payload = req.get_media() or {}
        try:
            request = BookingRequest.from_payload(payload)
            created = booking_service.create_booking(
                request, owner_id=req.context.owner_id, return_to=req.get_param("return_to")
            )
        except ValidationError as exc:
            raise falcon.HTTPUnprocessableEntity(title="invalid booking", description=str(exc)) from exc
        except BookingError as exc:
            raise falcon.HTTPConflict(title="cannot book", description=str(exc)) from exc
        resp.status = falcon.HTTP_201
        resp.location = f"/v1/bookings/{created.booking_id}"
        resp.media = {
            "id": created.booking_id,
            "reference": created.reference,
            "total": str(created.quote.total),
            "payment_url": f"https://pay.tidepool.example/checkout/{created.payment_ref}",
        }


class BookingItemResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:
        if booking_repo.owner_of(booking_id) != req.context.owner_id:
            raise falcon.HTTPNotFound()
        booking = booking_repo.get(booking_id)
        if booking is None:
            raise falcon.HTTPNotFound()
        resp.media = booking.to_json()

    def on_delete(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:
        if booking_repo.owner_of(booking_id) != req.context.owner_id:
            raise falcon.HTTPNotFound()
        try:
            booking_service.cancel(booking_id, actor=f"owner:{req.context.owner_id}")
        except BookingError as exc:
            raise falcon.HTTPConflict(title="cannot cancel", description=str(exc)) from exc
        resp.status = falcon.HTTP_204


class BookingReceiptResource:
    """Printable receipt; bookings made through a charter partner carry its branding."""

    def on_get(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:
        if booking_repo.owner_of(booking_id) != req.context.owner_id:
            raise falcon.HTTPNotFound()
        booking = booking_repo.get(booking_id)
        if booking is None or booking.partner_id is None:
            raise falcon.HTTPNotFound()
        partner = partner_repo.get(booking.partner_id)
        resp.content_type = falcon.MEDIA_HTML
        resp.text = render_jinja("partner_receipt.html", booking=booking, partner=partner)


class PaymentReturnResource:
    """The card processor sends the browser here once the deposit has been taken."""

    def on_get(self, req: falcon.Request, resp: falcon.Response, payment_ref: str) -> None:
        if req.get_param("status") != "succeeded":
            raise falcon.HTTPSeeOther("/checkout/failed")
        try:
            booking, return_to = booking_service.complete_payment(payment_ref)
        except BookingError as exc:
            raise falcon.HTTPNotFound(description=str(exc)) from exc
        raise falcon.HTTPSeeOther(return_to or f"/bookings/{booking.reference}/thanks")  # VULN redirect
