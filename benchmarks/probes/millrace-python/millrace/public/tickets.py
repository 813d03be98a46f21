"""Public ticket purchase pages."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from quart import Blueprint, abort, make_response, redirect, render_template, request, session, url_for

from millrace.dto import TicketRequest
from millrace.services import documents, payments
from millrace.services.basket import Basket, BasketLine
from millrace.services.booking_service import BookingError, BookingService
from millrace.util.text import as_date, as_int
from millrace.workers import tasks

tickets_bp = Blueprint("tickets", __name__)
bookings = BookingService()

BASKET_COOKIE = "mr_basket"
LEGACY_BASKET_COOKIE = "basket"


@tickets_bp.route("/tickets", methods=["GET"])
async def index():
    return await render_template("tickets/index.html", partner=request.args.get("partner", ""))


@tickets_bp.route("/tickets/book", methods=["POST"])
async def book():
    form = await request.form
    ticket_request = TicketRequest(
        visit_date=as_date(form.get("visit_date"), "visit_date"),
        adults=as_int(form.get("adults"), "adults", maximum=40),
        children=as_int(form.get("children"), "children", maximum=40),
        concessions=as_int(form.get("concessions"), "concessions", maximum=40),
        voucher_code=(form.get("voucher") or None),
        email=form.get("email"),
    )
    partner = form.get("partner") or None
    try:
        result = bookings.book(ticket_request, visitor_id=session.get("visitor_id"), partner_slug=partner)
    except BookingError as exc:
        return await render_template("tickets/index.html", error=str(exc), partner=partner or ""), 422
    if partner:
        tasks.send_partner_confirmation.delay(partner, {"reference": result.reference, "visit_date": ticket_request.visit_date.isoformat(), "name": form.get("name", "")})
    session["last_reference"] = result.reference
    return redirect(url_for("tickets.complete", reference=result.reference, partner=partner or "", return_to=form.get("return_to", "")))


@tickets_bp.route("/tickets/pay/<reference>", methods=["POST"])
async def start_payment(reference: str):
    if session.get("last_reference") != reference:
        abort(403)
    body = await request.get_json(silent=True) or {}
    quote_total = bookings.order_total(reference)
    if quote_total is None:
        abort(404)
    intent = await payments.create_intent(reference, quote_total, str(body.get("email", "")))
    return {"client_secret": intent.client_secret, "amount": str(intent.amount)}


@tickets_bp.route("/tickets/complete/<reference>")
async def complete(reference: str):
    if session.get("last_reference") != reference:
        abort(404)
    target = bookings.return_url_for(request.args.get("partner"), request.args.get("return_to"))
    return redirect(target)  # VULN redirect


@tickets_bp.route("/tickets/thank-you")
async def thank_you():
    return await render_template("tickets/thank_you.html", reference=session.get("last_reference"))


@tickets_bp.route("/tickets/receipt/<reference>.pdf")
async def receipt(reference: str):
    if session.get("last_reference") != reference:
        abort(403)
    pdf = documents.read_document("receipt", reference)
    response = await make_response(pdf)
    response.headers["Content-Type"] = "application/pdf"
    return response


@tickets_bp.route("/tickets/basket", methods=["POST"])
async def save_basket():
    form = await request.form
    basket = Basket(visit_date=as_date(form.get("visit_date"), "visit_date"), email=form.get("email"))
    for code in ("adult", "child", "concession"):
        qty = as_int(form.get(code), code, maximum=40)
        if qty:
            basket.lines.append(BasketLine(code, qty))
    response = await make_response(redirect(url_for("tickets.index")))
    response.set_cookie(BASKET_COOKIE, basket.to_cookie(), max_age=7 * 86400, httponly=True, secure=True, samesite="Lax")
    return response


@tickets_bp.route("/tickets/remind-me", methods=["POST"])
async def remind_me():
    form = await request.form
    email = (form.get("email") or "").strip()
    if "@" not in email:
        abort(400)
    legacy = request.cookies.get(LEGACY_BASKET_COOKIE)
    if legacy:
        tasks.basket_reminder.delay(email, legacy, legacy=True)
    elif request.cookies.get(BASKET_COOKIE):
        tasks.basket_reminder.delay(email, request.cookies[BASKET_COOKIE])
    return await render_template("tickets/thank_you.html", reminder=True)


@tickets_bp.route("/gift-vouchers", methods=["POST"])
async def buy_gift_voucher():
    form = await request.form
    try:
        value = Decimal(form.get("value", "0"))
    except InvalidOperation:
        abort(400)
    if value not in (Decimal("10"), Decimal("25"), Decimal("50")):
        abort(400)
    code = bookings.issue_gift_voucher(value, form.get("email", ""))
    return await render_template("tickets/thank_you.html", voucher_code=code, voucher_value=value)
