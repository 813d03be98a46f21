"""Dramatiq actors for work that should not hold up a web request."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

import dramatiq

from spokeshed.config import get_settings
from spokeshed.domain.dto import LabelJob
from spokeshed.repositories.parts import PartsRepository
from spokeshed.repositories.settings import SettingsRepository
from spokeshed.services.catalogue_import import parse_price_list
from spokeshed.services.mailer import Mailer
from spokeshed.services.printing import LabelPrinter
from spokeshed.services.reports import ReportService
from spokeshed.services.suppliers import FeedFetcher, WholesaleClient
from spokeshed.services.webhooks import CalendarNotifier
from spokeshed.workers import broker  # noqa: F401  (configures the broker)

log = logging.getLogger(__name__)


@dramatiq.actor(queue_name="messages", max_retries=3)
def send_booking_reminder(booking_id: int) -> None:
    booking = SettingsRepository().booking_for_worker(booking_id)
    if booking is None or booking["status"] in ("cancelled", "collected"):
        return
    Mailer().booking_reminder(booking)


@dramatiq.actor(queue_name="messages", max_retries=3)
def notify_ready_for_collection(booking_id: int) -> None:
    repo = SettingsRepository()
    booking = repo.booking_for_worker(booking_id)
    if booking is None:
        return
    phone = repo.get_value(f"booking_phone:{booking_id}")
    if phone:
        Mailer().booking_sms(phone, booking)


@dramatiq.actor(queue_name="printing", max_retries=1)
def print_shelf_label(sku: str, title: str, copies: int = 1, printer: str | None = None) -> None:
    LabelPrinter().print_shelf_label(LabelJob(sku=sku, title=title, copies=copies, printer=printer))


@dramatiq.actor(queue_name="reports", time_limit=10 * 60 * 1000)
def generate_monthly_report(period: str, requested_by: str) -> None:
    out = ReportService().monthly(period)
    SettingsRepository().set_value(f"report:{period}", str(out), requested_by)


@dramatiq.actor(queue_name="suppliers", max_retries=2)
def pull_supplier_feed(supplier_code: str) -> None:
    settings_repo = SettingsRepository()
    feed = settings_repo.feed(supplier_code)
    if feed is None:
        log.warning("no feed registered for %s", supplier_code)
        return
    payload = FeedFetcher().fetch(feed)
    if feed.format != "xml":
        log.warning("feed %s is %s, skipping price parse", supplier_code, feed.format)
        return
    parts = PartsRepository()
    for line in parse_price_list(payload):
        parts.upsert_trade_price(feed.supplier_code, line.sku, line.trade_price)
    settings_repo.set_value(f"feed_pulled:{supplier_code}", datetime.now(timezone.utc).isoformat(), "worker")


@dramatiq.actor(queue_name="suppliers")
def refresh_trade_prices(skus: list[str]) -> None:
    client = WholesaleClient()
    parts = PartsRepository()
    try:
        for sku in skus:
            price = client.trade_price(sku)
            if price is not None:
                parts.upsert_trade_price("CW", sku, price)
    finally:
        client.close()


@dramatiq.actor(queue_name="calendar", max_retries=5)
def push_calendar_event(volunteer_id: int, shift_id: int, action: str) -> None:
    repo = SettingsRepository()
    volunteer = repo.volunteer_for_worker(volunteer_id)
    if not volunteer or not volunteer["calendar_webhook"]:
        return
    payload = {"action": action, "shift_id": shift_id, "volunteer": volunteer["display_name"],
               "source": get_settings().public_base_url}
    CalendarNotifier().push_shift(volunteer["calendar_webhook"], payload)


@dramatiq.actor(queue_name="suppliers")
def cache_catalogue(supplier_code: str, url: str) -> None:
    data = FeedFetcher().fetch_catalogue(url)
    target = Path(get_settings().catalogue_dir) / f"{supplier_code.lower()}.xml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
