"""Booking workflow: take a booking, quote it, track it to collection."""
from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from spokeshed.domain.dto import Booking, BookingRequest, BookingSearch
from spokeshed.domain.errors import Conflict, InvalidInput, NotFound
from spokeshed.repositories.bookings import BookingRepository
from spokeshed.security.tokens import new_collection_code
from spokeshed.services.pricing import PricingService

log = logging.getLogger(__name__)

OPENING = {0: None, 1: (time(17), time(20)), 2: (time(17), time(20)), 3: (time(17), time(20)),
           4: None, 5: (time(10), time(16)), 6: None}
SLOT_LENGTH = timedelta(minutes=30)
STATUSES = ("booked", "checked_in", "in_progress", "waiting_parts", "ready", "collected", "cancelled")


class BookingService:
    def __init__(self, repo: BookingRepository, pricing: PricingService | None = None) -> None:
        self.repo = repo
        self.pricing = pricing or PricingService()

    async def free_slots(self, day: date) -> list[datetime]:
        hours = OPENING.get(day.weekday())
        if hours is None:
            return []
        taken = set(await self.repo.slots_taken(day))
        cursor = datetime.combine(day, hours[0])
        end = datetime.combine(day, hours[1])
        slots = []
        while cursor < end:
            if cursor not in taken:
                slots.append(cursor)
            cursor += SLOT_LENGTH
        return slots

    async def book(self, req: BookingRequest) -> Booking:
        if req.slot_start < datetime.now():
            raise InvalidInput("slot is in the past")
        if req.slot_start not in await self.free_slots(req.slot_start.date()):
            raise Conflict("that slot has just been taken")
        quote = self.pricing.quote(req.repair_kind, is_member=bool(req.member_number))
        code = new_collection_code()
        booking = await self.repo.create(req, code, quote)
        log.info("booking %s created for %s", booking.id, req.slot_start)
        from spokeshed.workers.actors import send_booking_reminder

        send_booking_reminder.send_with_options(args=(booking.id,), eta=req.slot_start - timedelta(days=1))
        return booking

    async def get(self, booking_id: int) -> Booking:
        booking = await self.repo.get(booking_id)
        if booking is None:
            raise NotFound(f"booking {booking_id}")
        return booking

    async def by_collection_code(self, code: str) -> Booking | None:
        return await self.repo.find_by_collection_code(code.strip().upper())

    async def search(self, text: str, status: str | None, day: str | None, limit: int) -> list[Booking]:
        criteria = BookingSearch(text=text.strip(), status=status if status in STATUSES else None,
                                 day=date.fromisoformat(day) if day else None, limit=min(limit, 200))
        return await self.repo.search(criteria)

    async def add_note(self, booking_id: int, author: str, note: str) -> Booking:
        booking = await self.get(booking_id)
        stamp = datetime.now().strftime("%d/%m %H:%M")
        combined = (booking.notes + "\n" if booking.notes else "") + f"[{stamp} {author}] {note}"
        await self.repo.update_notes(booking_id, combined)
        booking.notes = combined
        return booking

    async def move_to(self, booking_id: int, status: str) -> None:
        if status not in STATUSES:
            raise InvalidInput(f"unknown status {status}")
        await self.repo.set_status(booking_id, status)
        if status == "ready":
            from spokeshed.workers.actors import notify_ready_for_collection

            notify_ready_for_collection.send(booking_id)
