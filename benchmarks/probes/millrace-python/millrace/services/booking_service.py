"""Ticket booking workflow used by the public site and the partner API."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Optional

import yaml

from millrace.db import session_scope
from millrace.dto import TicketRequest, TicketSearch
from millrace.models import TicketOrder, Visitor
from millrace.repositories.booking_repo import BookingRepository
from millrace.repositories.partner_repo import PartnerRepository
from millrace.security import tokens
from millrace.security.passwords import hash_password, verify_password
from millrace.services import pricing

log = logging.getLogger(__name__)

DAILY_CAPACITY = 420
PARTNER_RETURN_PAGES = {
    "visitwessex": "https://www.visitwessex.example/thanks",
    "heritage-pass": "https://heritagepass.example/account/bookings",
}


class BookingError(Exception):
    pass


@dataclass
class BookingResult:
    reference: str
    total: Decimal
    status: str


class BookingService:
    def quote(self, request: TicketRequest) -> pricing.Quote:
        with session_scope() as session:
            adult = BookingRepository(session).ticket_type("adult")
            if adult is None:
                raise BookingError("ticket prices are not configured")
            return pricing.quote(request, adult.base_price)

    def book(self, request: TicketRequest, visitor_id: Optional[int] = None, partner_slug: Optional[str] = None) -> BookingResult:
        if request.headcount == 0:
            raise BookingError("choose at least one ticket")
        if request.visit_date < date.today():
            raise BookingError("that date has passed")
        with session_scope() as session:
            repo = BookingRepository(session)
            if repo.capacity_used(request.visit_date) + request.headcount > DAILY_CAPACITY:
                raise BookingError("sorry, that day is fully booked")
            adult = repo.ticket_type("adult")
            q = pricing.quote(request, adult.base_price)
            total = q.total
            if partner_slug:
                partner = PartnerRepository(session).by_slug(partner_slug)
                if partner is not None:
                    total -= pricing.partner_commission(partner.commission_formula, total, request.headcount)
            order = repo.add_order(
                TicketOrder(
                    reference=tokens.booking_reference(),
                    visitor_id=visitor_id,
                    visit_date=request.visit_date,
                    adults=request.adults,
                    children=request.children,
                    concessions=request.concessions,
                    voucher_code=request.voucher_code,
                    total=total,
                )
            )
            log.info("order %s created for %s", order.reference, request.visit_date)
            return BookingResult(order.reference, order.total, order.status)

    def search(self, criteria: TicketSearch) -> list[dict]:
        with session_scope() as session:
            repo = BookingRepository(session)
            if criteria.surname:
                return repo.by_surname(criteria.surname)
            return repo.search(criteria)

    def order_total(self, reference: str) -> Optional[Decimal]:
        with session_scope() as session:
            order = BookingRepository(session).by_reference(reference)
            return order.total if order else None

    def mark_paid(self, reference: str) -> None:
        with session_scope() as session:
            BookingRepository(session).set_status(reference, "paid")

    def return_url_for(self, partner_slug: str | None, requested: str | None) -> str:
        if not partner_slug and not requested:
            return "/tickets/thank-you"
        return PARTNER_RETURN_PAGES.get(partner_slug or "", requested or "/tickets/thank-you")

    def import_group_manifest(self, body: bytes) -> list[TicketRequest]:
        """Tour operators upload a YAML manifest listing coach parties."""
        manifest: dict[str, Any] = yaml.load(body, Loader=yaml.Loader)  # VULN deser
        parties = []
        for party in manifest.get("parties", []):
            parties.append(
                TicketRequest(
                    visit_date=date.fromisoformat(str(party["date"])),
                    adults=int(party.get("adults", 0)),
                    children=int(party.get("children", 0)),
                    concessions=int(party.get("concessions", 0)),
                )
            )
        return parties

    def register(self, email: str, full_name: str, password: str) -> Visitor:
        with session_scope() as session:
            repo = BookingRepository(session)
            if repo.visitor_by_email(email):
                raise BookingError("an account already exists for that email")
            return repo.add_visitor(Visitor(email=email.lower(), full_name=full_name, password_hash=hash_password(password)))

    def authenticate(self, email: str, password: str) -> Optional[Visitor]:
        with session_scope() as session:
            visitor = BookingRepository(session).visitor_by_email(email)
            if visitor and verify_password(password, visitor.password_hash):
                session.expunge(visitor)
                return visitor
        return None

    def issue_gift_voucher(self, value: Decimal, purchaser_email: str) -> str:
        code = tokens.gift_voucher_code()
        log.info("gift voucher %s (%s) sold to %s", code[:4], value, purchaser_email)
        return code
