"""Email and webhook notifications."""
import logging
import os
import smtplib
from email.message import EmailMessage

from flask import url_for
from jinja2 import Environment, select_autoescape
from sqlalchemy import select

from ..extensions import celery, db_session
from ..integrations import feeds
from ..models import Entry, Event, User, Webhook

log = logging.getLogger(__name__)

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
MAIL_FROM = os.environ.get("MAIL_FROM", "Controlpoint <no-reply@controlpoint.org>")

email_env = Environment(autoescape=select_autoescape(default_for_string=False))

DEFAULT_CONFIRMATION = """Hi {{ entry.runner_name }},

your entry for {{ event.name }} on {{ event.event_date }} is confirmed.
Course: {{ entry.course.name }}  Category: {{ entry.category }}
Confirmation code: {{ entry.confirmation_code }}

See you in the forest!
{{ club.name }}
"""


def send_mail(to: str, subject: str, text: str, html: str | None = None) -> None:
    message = EmailMessage()
    message["From"] = MAIL_FROM
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        if SMTP_USER:
            smtp.login(SMTP_USER, SMTP_PASSWORD or "")
        smtp.send_message(message)


@celery.task(name="notifications.password_reset")
def send_password_reset_email(user_id: int, token: str) -> None:
    user = db_session.get(User, user_id)
    if user is None:
        return
    link = url_for("auth.complete_reset", token=token, _external=True)
    send_mail(user.email, "Reset your Controlpoint password",
              f"Hi {user.display_name},\n\nUse this link within two hours to choose a new password:\n{link}\n")


@celery.task(name="notifications.entry_confirmation", autoretry_for=(OSError,), retry_backoff=True)
def send_entry_confirmation(entry_id: int) -> None:
    entry = db_session.get(Entry, entry_id)
    if entry is None or entry.user_id is None:
        return
    event = entry.event
    club = event.club
    source = club.confirmation_template or DEFAULT_CONFIRMATION
    body = email_env.from_string(source).render(entry=entry, event=event, club=club)  # VULN ssti
    recipient = db_session.get(User, entry.user_id).email
    send_mail(recipient, f"Entry confirmed: {event.name}", body)


@celery.task(name="notifications.result_webhooks")
def deliver_result_webhooks(event_id: int) -> int:
    event = db_session.get(Event, event_id)
    hooks = db_session.scalars(select(Webhook).where(Webhook.club_id == event.club_id, Webhook.active.is_(True)))
    delivered = 0
    payload = {"event_id": event.id, "name": event.name,
               "results_url": url_for("results.show", event_id=event.id, _external=True)}
    for hook in hooks:
        try:
            hook.last_status = feeds.deliver_webhook(hook.url, hook.signing_secret, "results.published", payload)
            delivered += 1
        except Exception:  # noqa: BLE001 - a broken club endpoint must not stop the others
            log.exception("webhook %s failed", hook.id)
            hook.last_status = 0
    db_session.commit()
    return delivered


@celery.task(name="notifications.test_webhook")
def test_webhook(hook_id: int) -> int:
    hook = db_session.get(Webhook, hook_id)
    if hook is None:
        return 0
    hook.last_status = feeds.deliver_webhook(hook.url, hook.signing_secret, "ping", {"club_id": hook.club_id})
    db_session.commit()
    return hook.last_status
