"""Plot booking workflow."""
import datetime as dt
import logging

from brightwell.dto import BookingRequest
from brightwell.models import Gardener, Site
from brightwell.repositories import booking_repo, gardener_repo, plot_repo
from brightwell.services import rules_service

log = logging.getLogger(__name__)
MAX_SEASON_DAYS = 366


class BookingError(Exception):
    pass


def _validate_dates(start: dt.date, end: dt.date) -> None:
    if end <= start:
        raise BookingError("end date must be after start date")
    if (end - start).days > MAX_SEASON_DAYS:
        raise BookingError("bookings cannot span more than one season")


def request_booking(req: BookingRequest):
    plot = plot_repo.get_by_code(req.plot_code)
    if plot is None:
        raise BookingError("unknown plot")
    gardener = gardener_repo.by_id(req.gardener_id)
    if gardener is None or not gardener.is_active:
        raise BookingError("account is not active")
    _validate_dates(req.start_date, req.end_date)

    fee = rules_service.compute_fee(plot.site.fee_rule, plot)
    if booking_repo.overlapping(plot, req.start_date, req.end_date):
        booking = booking_repo.create(plot, gardener, req.season, req.start_date, req.end_date,
                                      "waitlisted", fee)
        log.info("booking %s waitlisted for plot %s", booking.id, plot.code)
    else:
        booking = booking_repo.create(plot, gardener, req.season, req.start_date, req.end_date,
                                      "pending", fee)
    from brightwell.tasks.jobs import send_booking_confirmation

    send_booking_confirmation(booking.id)
    return booking


def quote(plot_code: str) -> int:
    plot = plot_repo.get_by_code(plot_code)
    if plot is None:
        raise BookingError("unknown plot")
    return rules_service.compute_fee(plot.site.fee_rule, plot)


def update_fee_rule(site: Site, expression: str, editor: Gardener) -> None:
    if editor.role not in {"coordinator", "admin"}:
        raise BookingError("only coordinators may change fee rules")
    site.fee_rule = expression.strip()
    site.save()


def my_bookings(gardener_id: int, season: int):
    return booking_repo.bookings_for_season(gardener_id, season)


def calendar(site_id: str, month: str):
    if not site_id.isdigit():
        raise BookingError("site id must be numeric")
    return booking_repo.site_calendar(site_id, month)
