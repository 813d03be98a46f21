"""Partner API: group bookings, quotes, manifests and the availability widget."""
from __future__ import annotations

import asyncio
import html
from dataclasses import asdict
from datetime import date, timedelta

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from millrace.dto import PartnerEvent, TicketRequest
from millrace.partner.auth import requires
from millrace.services import outbound, pricing
from millrace.services.booking_service import DAILY_CAPACITY, BookingError, BookingService
from millrace.db import session_scope
from millrace.repositories.booking_repo import BookingRepository
from millrace.workers import tasks

bookings = BookingService()


def _int(value, default: int = 0) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


@requires("bookings:write")
async def create_booking(request: Request) -> Response:
    body = await request.json()
    principal = request.state.principal
    try:
        ticket_request = TicketRequest(
            visit_date=date.fromisoformat(body["visit_date"]),
            adults=_int(body.get("adults")),
            children=_int(body.get("children")),
            concessions=_int(body.get("concessions")),
            email=body.get("lead_email"),
        )
        result = bookings.book(ticket_request, partner_slug=principal.partner_slug)
    except (KeyError, ValueError, BookingError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
    event = PartnerEvent(
        partner_slug=principal.partner_slug,
        event="booking.created",
        payload={"reference": result.reference, "total": str(result.total), "visit_date": body["visit_date"]},
        callback_url=body.get("notify_url"),
    )
    tasks.notify_partner.delay(asdict(event))
    return JSONResponse({"reference": result.reference, "total": str(result.total), "status": result.status}, status_code=201)


@requires("bookings:read")
async def quote(request: Request) -> Response:
    params = request.query_params
    try:
        ticket_request = TicketRequest(
            visit_date=date.fromisoformat(params.get("date", "")),
            adults=_int(params.get("adults")),
            children=_int(params.get("children")),
            concessions=_int(params.get("concessions")),
        )
        q = bookings.quote(ticket_request)
        tiers = pricing.parse_bulk_tiers(params["tiers"]) if params.get("tiers") else []
    except (ValueError, SyntaxError, BookingError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
    discount = pricing.tier_discount(tiers, ticket_request.headcount, q.total)
    return JSONResponse({"subtotal": str(q.total), "discount": str(discount), "total": str(q.total - discount)})


@requires("bookings:write")
async def upload_manifest(request: Request) -> Response:
    body = await request.body()
    if len(body) > 256 * 1024:
        return JSONResponse({"error": "manifest too large"}, status_code=413)
    parties = bookings.import_group_manifest(body)
    created = []
    for party in parties:
        try:
            created.append(bookings.book(party, partner_slug=request.state.principal.partner_slug).reference)
        except BookingError as exc:
            created.append(f"rejected: {exc}")
    return JSONResponse({"bookings": created})


@requires("bookings:write")
async def forward_coach_manifest(request: Request) -> Response:
    manifest = await request.json()
    tasks.push_coach_manifest.delay(manifest)
    return JSONResponse({"queued": True}, status_code=202)


def _remaining(day: date) -> int:
    with session_scope() as session:
        return DAILY_CAPACITY - BookingRepository(session).capacity_used(day)


async def availability_widget(request: Request) -> Response:
    day_param = request.query_params.get("day", date.today().isoformat())
    try:
        day = date.fromisoformat(day_param)
    except ValueError:
        return HTMLResponse(f"<div class='mr-widget mr-error'>No availability for {day_param}</div>", status_code=400)  # VULN xss
    left = _remaining(day)
    return HTMLResponse(f"<div class='mr-widget'><strong>{left}</strong> places left on {day:%A %d %B}</div>")


async def availability_badge(request: Request) -> Response:
    label = request.query_params.get("label", "Millrace Watermill")
    left = _remaining(date.today())
    return HTMLResponse(f"<span class='mr-badge'>{html.escape(label, quote=True)}: {left} places today</span>")  # SAFE xss


@requires("bookings:read")
async def my_week(request: Request) -> Response:
    start = date.today()
    days = [start + timedelta(days=i) for i in range(7)]
    return JSONResponse({"partner": request.state.principal.partner_slug, "days": [{"date": d.isoformat(), "left": _remaining(d)} for d in days]})


@requires("feeds:write")
async def sync_tour_feed(request: Request) -> Response:
    body = await request.json()
    feed_url = str(body.get("feed_url", ""))
    if not feed_url.startswith(("http://", "https://")):
        return JSONResponse({"error": "feed_url must be http(s)"}, status_code=422)
    try:
        text = await asyncio.wait_for(outbound.fetch_tour_feed(feed_url), timeout=20)
    except Exception as exc:
        return JSONResponse({"error": f"could not fetch feed: {exc}"}, status_code=502)
    events = text.count("BEGIN:VEVENT")
    return JSONResponse({"events": events, "preview": text[:500]})
