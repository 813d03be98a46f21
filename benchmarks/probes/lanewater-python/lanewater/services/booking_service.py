"""Lane booking rules: availability, pricing, holds and payment confirmation."""
import ast
import hashlib
import hmac
import logging
import secrets
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from lanewater import conf
from lanewater.jobs.queue import enqueue
from lanewater.models import Lane, Pool
from lanewater.repositories import booking_repository
from lanewater.schemas import BookingCreateIn, BookingListQuery
from lanewater.util.urls import is_payment_portal_url

log = logging.getLogger(__name__)

PEAK_HOURS = range(17, 21)
MEMBER_DISCOUNT = Decimal("0.10")


class BookingError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _new_reference() -> str:
    return "LW" + secrets.token_hex(5).upper()


def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


async def quote(pool_code: str, minutes: int, peak: bool, is_member: bool = True) -> Decimal:
    rule = await booking_repository.active_rule_for_pool(pool_code)
    if rule is None:
        raise BookingError(f"no pricing configured for {pool_code}", status=404)
    variables = {
        "minutes": minutes,
        "base": float(rule.base_rate),
        "peak": 1 if peak else 0,
        "member_discount": float(MEMBER_DISCOUNT) if is_member else 0.0,
        "round": round,
        "min": min,
        "max": max,
    }
    amount = eval(rule.formula, {"__builtins__": {}}, variables)  # VULN code
    return _money(amount)


def parse_lane_config(text: str) -> dict:
    """Lane configuration is written by facilities staff as a Python-style dict literal."""
    try:
        value = ast.literal_eval(text)  # SAFE code
    except (ValueError, SyntaxError) as exc:
        raise BookingError(f"lane config is not a literal: {exc}") from exc
    if not isinstance(value, dict):
        raise BookingError("lane config must be a mapping")
    return value


async def save_lane_config(lane_id: int, text: str) -> dict:
    config = parse_lane_config(text)
    updated = await Lane.filter(id=lane_id).update(config=repr(config))
    if not updated:
        raise BookingError("lane not found", status=404)
    return config


async def save_pricing_rule(pool_code: str, name: str, formula: str, base_rate: Decimal) -> int:
    pool = await Pool.get_or_none(code=pool_code)
    if pool is None:
        raise BookingError("unknown pool", status=404)
    rule = await booking_repository.save_rule(pool.id, name, formula, base_rate)
    log.info("pricing rule %s saved for %s", rule.id, pool_code)
    return rule.id


async def list_bookings(query: BookingListQuery) -> list[dict]:
    day = date.fromisoformat(query.day) if query.day else None
    return await booking_repository.list_for_lane(query.lane_id, day, query.sort, query.direction)


async def bookings_for_member(member_id: int) -> list[dict]:
    return await booking_repository.list_for_member(member_id)


async def booking_for_member(reference: str, member_id: int) -> dict:
    row = await booking_repository.get_for_member(reference, member_id)
    if row is None:
        raise BookingError("booking not found", status=404)
    return row


async def create_booking(member_id: int, data: BookingCreateIn) -> dict:
    lane = await booking_repository.lane_with_pool(data.lane_id)
    if lane is None:
        raise BookingError("lane is not bookable", status=404)
    starts_at = data.starts_at
    ends_at = starts_at + timedelta(minutes=data.minutes)
    if starts_at.time() < lane.pool.opens_at or ends_at.time() > lane.pool.closes_at:
        raise BookingError("outside opening hours")
    if await booking_repository.has_overlap(lane.id, starts_at, ends_at):
        raise BookingError("lane already booked for that time", status=409)
    if data.return_url and not is_payment_portal_url(data.return_url):
        raise BookingError("return_url must point at the payment portal")
    price = await quote(lane.pool.code, data.minutes, starts_at.hour in PEAK_HOURS)
    booking = await booking_repository.create(
        reference=_new_reference(),
        lane_id=lane.id,
        member_id=member_id,
        starts_at=starts_at,
        ends_at=ends_at,
        price=price,
        return_url=data.return_url,
        notes=data.notes,
    )
    return {
        "reference": booking.reference,
        "lane_id": lane.id,
        "lane_label": lane.label,
        "pool_code": lane.pool.code,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "status": booking.status,
        "price": price,
    }


def _callback_signature(reference: str, status: str) -> str:
    message = f"{reference}:{status}".encode("utf-8")
    return hmac.new(conf.PAYMENT_CALLBACK_KEY.encode("utf-8"), message, hashlib.sha256).hexdigest()


async def confirm_payment(reference: str, status: str, signature: str) -> None:
    expected = _callback_signature(reference, status)
    if not hmac.compare_digest(expected, signature):
        raise BookingError("bad signature", status=403)
    if status != "paid":
        await booking_repository.set_status(reference, "cancelled")
        return
    await booking_repository.set_status(reference, "confirmed")
    await enqueue("send_booking_confirmation", reference)
    await enqueue("deliver_booking_webhooks", reference)


async def payment_return_target(reference: str) -> str:
    booking = await booking_repository.by_reference(reference)
    if booking is None:
        raise BookingError("booking not found", status=404)
    return booking.return_url or f"{conf.PUBLIC_BASE_URL}/pages/bookings/{booking.reference}"


async def cancel_booking(reference: str, member_id: int) -> None:
    row = await booking_repository.get_for_member(reference, member_id)
    if row is None:
        raise BookingError("booking not found", status=404)
    if row["starts_at"] - datetime.now(row["starts_at"].tzinfo) < timedelta(hours=2):
        raise BookingError("bookings can only be cancelled up to two hours before the start")
    await booking_repository.set_status(reference, "cancelled")
