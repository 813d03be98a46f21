"""Background jobs. Messages carry ids only; actors reload state from the database."""
from __future__ import annotations

import json
import logging
import smtplib
from datetime import date, timedelta
from email.message import EmailMessage

import dramatiq
from sqlalchemy import text

from tidepool.db import transaction
from tidepool.jobs.broker import setup_broker
from tidepool.repositories import berths as berth_repo
from tidepool.repositories import bookings as booking_repo
from tidepool.repositories import partners as partner_repo
from tidepool.repositories import reports as report_repo
from tidepool.services import reporting, sftp_export, tides, webhooks
from tidepool.services.booking_service import quote_for
from tidepool.services.rendering import render_document, render_partner_confirmation

setup_broker()
log = logging.getLogger(__name__)

MAIL_FROM = "Tidepool Harbour Office <harbour@tidepool.example>"


def _send_mail(to: str, subject: str, html: str) -> None:
    message = EmailMessage()
    message["From"] = MAIL_FROM
    message["To"] = to
    message["Subject"] = subject
    message.set_content("This message requires an HTML capable mail client.")
    message.add_alternative(html, subtype="html")
    with smtplib.SMTP("mail.internal", 25, timeout=10) as smtp:
        smtp.send_message(message)


@dramatiq.actor(queue_name="webhooks", max_retries=3)
def dispatch_event(event: str, booking_id: int, partner_id: int | None) -> None:
    booking = booking_repo.get(booking_id)
    if booking is None:
        log.warning("event %s for missing booking %s", event, booking_id)
        return
    payload = booking.to_json()
    for subscription in partner_repo.webhooks_for_event(event, partner_id):
        deliver_webhook.send(subscription.id, event, payload)


@dramatiq.actor(queue_name="webhooks", max_retries=8)
def deliver_webhook(subscription_id: int, event: str, payload: dict) -> None:
    subscription = partner_repo.webhook(subscription_id)
    if subscription is None or not subscription.active:
        return
    result = webhooks.deliver(subscription, event, payload)
    with transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO webhook_deliveries (subscription_id, event, status_code, duration_ms, error, at) "
                "VALUES (:s, :e, :c, :d, :err, now())"
            ),
            {"s": subscription_id, "e": event, "c": result.status_code, "d": result.duration_ms, "err": result.error},
        )
    if not result.ok:
        raise RuntimeError(f"webhook {subscription_id} delivery failed")


@dramatiq.actor(queue_name="mail")
def send_confirmation(booking_id: int) -> None:
    booking = booking_repo.get(booking_id)
    if booking is None or not booking.contact_email:
        return
    context = {"booking": booking, "marina": "Tidepool Marina"}
    partner = partner_repo.get(booking.partner_id) if booking.partner_id else None
    if partner and partner.confirmation_template:
        html = render_partner_confirmation(partner.confirmation_template, **context, partner=partner)
    else:
        html = render_document("confirmation", **context)
    _send_mail(booking.contact_email, f"Berth {booking.berth_code} booked - {booking.reference}", html)


@dramatiq.actor(queue_name="documents")
def generate_invoice(booking_id: int) -> None:
    booking = booking_repo.get(booking_id)
    if booking is None:
        return
    _, quote = quote_for(booking.berth_code, booking.arrival, booking.departure, {})
    path = reporting.render_invoice_pdf(booking, quote, booking.vessel_name)
    log.info("invoice for %s written to %s", booking.reference, path)


@dramatiq.actor(queue_name="documents", time_limit=15 * 60 * 1000)
def render_report(report_id: int) -> None:
    report = report_repo.get(report_id)
    if report is None:
        return
    rows = report_repo.run_aggregate(report)
    path = reporting.render_report_pdf(report, rows)
    with transaction() as conn:
        conn.execute(
            text("UPDATE saved_reports SET last_pdf = :p, last_run = now() WHERE id = :id"),
            {"p": str(path), "id": report_id},
        )


@dramatiq.actor(queue_name="exports", max_retries=2)
def export_bookings(export_id: int) -> None:
    export = partner_repo.export_request(export_id)
    if export is None:
        return
    rows = booking_repo.between(export.period_start, export.period_end)
    if export.partner_id is not None:
        rows = [b for b in rows if b.partner_id == export.partner_id]
    local_path = sftp_export.write_local(export, sftp_export.render_csv(rows))
    try:
        sftp_export.upload(local_path)
    except Exception:
        partner_repo.mark_export(export_id, "failed")
        raise
    partner_repo.mark_export(export_id, "delivered")


@dramatiq.actor(queue_name="tides")
def refresh_tides(marina_id: int) -> None:
    marina = berth_repo.marina_settings(marina_id)
    if marina is None:
        return
    if marina.get("tide_feed_url"):
        events = tides.custom_feed_predictions(marina["tide_feed_url"])
    elif marina.get("tide_station_id"):
        events = tides.station_predictions(marina["tide_station_id"], date.today(), days=4)
    else:
        return
    serialised = json.dumps([{"at": e.at.isoformat(), "kind": e.kind, "height": e.height_m} for e in events])
    with transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO tide_cache (marina_id, events, valid_until) VALUES (:m, CAST(:e AS jsonb), :v) "
                "ON CONFLICT (marina_id) DO UPDATE SET events = excluded.events, valid_until = excluded.valid_until"
            ),
            {"m": marina_id, "e": serialised, "v": date.today() + timedelta(days=3)},
        )
