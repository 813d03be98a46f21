"""Applicant notices (e-mail bodies and printable letters)."""
import logging
import smtplib
from email.message import EmailMessage

from flask import render_template_string

log = logging.getLogger(__name__)

STANDARD_NOTICES = {
    "approval": (
        "Permit {{ reference }} approved",
        "Dear {{ applicant }},\n\nYour permit {{ reference }} for {{ address }} has been approved.",
    ),
    "rejection": (
        "Permit {{ reference }} not approved",
        "Dear {{ applicant }},\n\nYour permit {{ reference }} could not be approved: {{ reason }}.",
    ),
    "inspection_reminder": (
        "Inspection for {{ reference }}",
        "Dear {{ applicant }},\n\nAn inspector will visit {{ address }} on {{ when }}. Access code: {{ code }}.",
    ),
    "expiry_warning": (
        "Permit {{ reference }} expiring",
        "Dear {{ applicant }},\n\nPermit {{ reference }} expires on {{ when }}.",
    ),
}


def render_standard(kind: str, context: dict) -> tuple[str, str]:
    subject_tpl, body_tpl = STANDARD_NOTICES[kind]
    subject = render_template_string(subject_tpl, **context)
    body = render_template_string(body_tpl, **context)  # SAFE ssti
    return subject, body


def render_custom(draft: dict, context: dict) -> tuple[str, str]:
    subject = draft.get("subject", "Notice regarding your permit")
    body = render_template_string(draft["body"], **context)  # VULN ssti
    return subject, body


def send(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "permits@city.gov"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    try:
        with smtplib.SMTP("localhost", 25, timeout=5) as smtp:
            smtp.send_message(msg)
    except OSError:
        log.exception("could not send notice to %s", to_addr)
