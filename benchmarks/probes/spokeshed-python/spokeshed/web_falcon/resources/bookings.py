"""Booking endpoints: the public widget and the workshop floor screens."""
from __future__ import annotations

import html
from datetime import date

import falcon

from spokeshed.domain.dto import BookingRequest
from spokeshed.services import rendering


class _Base:
    def __init__(self, container) -> None:
        self.c = container


class SlotsResource(_Base):
    public = True

    async def on_get(self, req, resp):
        day_param = req.get_param("day", required=True)
        try:
            day = date.fromisoformat(day_param)
        except ValueError:
            raise falcon.HTTPBadRequest(description="day must be YYYY-MM-DD")
        slots = await self.c.bookings.free_slots(day)
        if req.client_accepts_json:
            resp.media = {"day": day.isoformat(), "slots": [s.strftime("%H:%M") for s in slots]}
            return
        resp.content_type = falcon.MEDIA_HTML
        if not slots:
            resp.text = f"<p class='empty'>No free slots on {html.escape(day_param)}</p>"  # SAFE xss
            return
        resp.text = "<ul>" + "".join(f"<li>{s:%H:%M}</li>" for s in slots) + "</ul>"


class NewBookingResource(_Base):
    public = True

    async def on_post(self, req, resp):
        media = await req.get_media()
        booking = await self.c.bookings.book(BookingRequest.from_media(media))
        resp.status = falcon.HTTP_201
        resp.media = {
            "id": booking.id,
            "slot_start": booking.slot_start.isoformat(),
            "collection_code": booking.collection_code,
            "quote": str(booking.quote),
        }


class LookupResource(_Base):
    """Customers check on their bike with the collection code from their confirmation."""

    public = True

    async def on_get(self, req, resp):
        code = req.get_param("code") or ""
        booking = await self.c.bookings.by_collection_code(code) if code else None
        resp.content_type = falcon.MEDIA_HTML
        if booking is None:
            resp.status = falcon.HTTP_404
            resp.text = f"<div class='notice'>No booking matches code <b>{code}</b>. Check your confirmation e-mail.</div>"  # VULN xss
            return
        resp.text = rendering.render_page("booking_status.mako", booking=booking)


class BookingsResource(_Base):
    async def on_get(self, req, resp):
        results = await self.c.bookings.search(
            text=req.get_param("q") or "",
            status=req.get_param("status"),
            day=req.get_param("day"),
            limit=req.get_param_as_int("limit", default=50, min_value=1),
        )
        resp.media = {"results": [b.as_dict() for b in results]}


class BookingDetailResource(_Base):
    async def on_get(self, req, resp, booking_id: int):
        booking = await self.c.bookings.get(booking_id)
        photos = await self.c.booking_repo.photos_for(booking_id)
        resp.content_type = falcon.MEDIA_HTML
        resp.text = rendering.render_page(
            "booking_detail.mako", booking=booking, photos=photos, staff=req.context.staff
        )


class BookingNotesResource(_Base):
    async def on_post(self, req, resp, booking_id: int):
        media = await req.get_media()
        note = str(media.get("note", "")).strip()
        if not note:
            raise falcon.HTTPBadRequest(description="empty note")
        booking = await self.c.bookings.add_note(booking_id, req.context.staff, note)
        resp.media = {"id": booking.id, "notes": booking.notes}


class BookingStatusResource(_Base):
    async def on_post(self, req, resp, booking_id: int):
        media = await req.get_media()
        await self.c.bookings.move_to(booking_id, str(media.get("status", "")))
        resp.status = falcon.HTTP_204
