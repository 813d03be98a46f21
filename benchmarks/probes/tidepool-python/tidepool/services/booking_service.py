"""Booking workflow shared by the public site, the partner API and the staff portal."""
from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from tidepool.domain.dto import Booking, BookingRequest, ValidationError
from tidepool.domain.pricing import Quote, build_quote, parse_season_multipliers
from tidepool.repositories import accounts as account_repo
from tidepool.repositories import berths as berth_repo
from tidepool.repositories import bookings as booking_repo
from tidepool.repositories import vessels as vessel_repo
from tidepool.security.redirects import is_public_site_url
from tidepool.security.tokens import generate_booking_reference, generate_gate_pin

log = logging.getLogger(__name__)

MMSI_PATTERN = re.compile(r"\d{9}")
STAFF_STATUSES = {"pending", "confirmed", "arrived", "departed", "cancelled"}


class BookingError(Exception):
    pass


@dataclass
class CreatedBooking:
    booking_id: int
    reference: str
    quote: Quote
    payment_ref: str


def quote_for(berth_code: str, arrival: date, departure: date, vessel: dict[str, Any]) -> tuple[dict[str, Any], Quote]:
    berth = berth_repo.get_by_code(berth_code)
    if berth is None:
        raise BookingError(f"berth {berth_code} does not exist")
    for dim in ("length_m", "beam_m", "draft_m"):
        if vessel.get(dim) and vessel[dim] > berth[f"max_{dim}"]:
            raise BookingError(f"vessel {dim.split('_')[0]} exceeds berth {berth_code}")
    settings = berth_repo.marina_settings(berth["marina_id"]) or {}
    multipliers = parse_season_multipliers(settings.get("season_multipliers") or "{}")
    rules = berth_repo.surcharge_rules(berth["marina_id"])
    quote = build_quote(berth["nightly_rate"], arrival, departure, vessel, rules, multipliers)
    return berth, quote


def create_booking(request: BookingRequest, owner_id: int, return_to: str | None = None) -> CreatedBooking:
    vessel = {
        "length_m": request.vessel.length_m,
        "beam_m": request.vessel.beam_m,
        "draft_m": request.vessel.draft_m,
    }
    berth, quote = quote_for(request.berth_code, request.arrival, request.departure, vessel)
    reference = generate_booking_reference()
    booking_id = booking_repo.create(request, berth["id"], owner_id, reference, quote.total)

    if return_to and not is_public_site_url(return_to):
        log.info("dropping foreign return_to for booking %s", reference)
        return_to = None
    payment_ref = uuid.uuid4().hex
    booking_repo.save_payment_session(booking_id, payment_ref, return_to)

    from tidepool.jobs import actors

    actors.dispatch_event.send("booking.created", booking_id, request.partner_id)
    actors.send_confirmation.send(booking_id)
    return CreatedBooking(booking_id=booking_id, reference=reference, quote=quote, payment_ref=payment_ref)


def complete_payment(payment_ref: str) -> tuple[Booking, str | None]:
    session = booking_repo.payment_session(payment_ref)
    if session is None:
        raise BookingError("unknown payment session")
    booking_repo.set_status(session["booking_id"], "confirmed")
    account_repo.store_gate_pin(session["booking_id"], generate_gate_pin())
    booking = booking_repo.get(session["booking_id"])
    if booking is None:
        raise BookingError("booking vanished")
    from tidepool.jobs import actors

    actors.dispatch_event.send("booking.confirmed", booking.id, booking.partner_id)
    actors.generate_invoice.send(booking.id)
    return booking, session.get("return_to")


def staff_search(term: str, status: str | None) -> list[Booking]:
    if status and status not in STAFF_STATUSES:
        raise ValidationError("status", "unknown status")
    return booking_repo.staff_search(term.strip(), status)


def dashboard(day: date, order: str, descending: bool) -> list[Booking]:
    return booking_repo.dashboard(day, order, descending)


def cancel(booking_id: int, actor: str) -> Booking:
    booking = booking_repo.get(booking_id)
    if booking is None:
        raise BookingError("no such booking")
    if booking.status in {"departed", "cancelled"}:
        raise BookingError(f"booking already {booking.status}")
    booking_repo.set_status(booking_id, "cancelled")
    log.info("booking %s cancelled by %s", booking.reference, actor)
    from tidepool.jobs import actors

    actors.dispatch_event.send("booking.cancelled", booking_id, booking.partner_id)
    return booking


def vessels_by_mmsi(mmsi: str) -> list[dict[str, Any]]:
    if not MMSI_PATTERN.match(mmsi):
        raise ValidationError("mmsi", "an MMSI is nine digits")
    return vessel_repo.find_by_mmsi(mmsi)


def vessel(vessel_id: str) -> dict[str, Any] | None:
    return vessel_repo.get(int(vessel_id))
