"""Outgoing e-mail and SMS for booking reminders and rota notices."""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from typing import Any

import httpx

from spokeshed.config import get_settings
from spokeshed.repositories.settings import SettingsRepository
from spokeshed.services import rendering

log = logging.getLogger(__name__)

DEFAULT_REMINDER = (
    "Hi ${customer_name},\n\nThis is a reminder that your ${repair_kind} booking at Spokeshed is on "
    "${slot}. Please quote collection code ${code} when you pick your bike up.\n\nRide safe!"
)
SMS_GATEWAY = "https://sms.spokeshed.org/api/v1/messages"


class Mailer:
    def __init__(self, settings_repo: SettingsRepository | None = None) -> None:
        self.settings_repo = settings_repo or SettingsRepository()
        self.cfg = get_settings()

    def _send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = "Spokeshed Workshop <workshop@spokeshed.org>"
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP(self.cfg.smtp_host, 587, timeout=20) as smtp:
            smtp.starttls(context=ssl.create_default_context())  # SAFE tls
            smtp.send_message(msg)
        log.info("sent %s to %s", subject, to)

    def booking_reminder(self, booking: dict[str, Any]) -> None:
        body_template = self.settings_repo.message_template("booking_reminder") or DEFAULT_REMINDER
        context = {
            "customer_name": booking["customer_name"],
            "repair_kind": booking["repair_kind"].replace("_", " "),
            "slot": booking["slot_start"].strftime("%A %d %B at %H:%M"),
            "code": booking["collection_code"],
        }
        body = rendering.render_message(body_template, **context)
        self._send(booking["email"], "Your Spokeshed booking", body)

    def booking_sms(self, phone: str, booking: dict[str, Any]) -> None:
        template = self.settings_repo.message_template("booking_sms") or "Spokeshed: bike ready, code $code"
        text = rendering.render_sms(template, code=booking["collection_code"], name=booking["customer_name"])
        with httpx.Client(timeout=10) as client:
            client.post(SMS_GATEWAY, json={"to": phone, "text": text}).raise_for_status()

    def rota_notice(self, volunteer: dict[str, Any], summary: str) -> None:
        body = rendering.render_page("rota_notice.mako", volunteer=volunteer, summary=summary)
        self._send(volunteer["email"], "Spokeshed rota update", body)
