"""Small HTML fragments used by flash messages and badges."""
from html import escape

from markupsafe import Markup

STATUS_COLOURS = {
    "submitted": "grey",
    "under_review": "amber",
    "approved": "green",
    "rejected": "red",
    "expired": "grey",
}


def status_badge(status: str) -> Markup:
    colour = STATUS_COLOURS.get(status, "grey")
    return Markup('<span class="badge badge-{}">{}</span>').format(colour, status)


def applicant_banner(name: str) -> Markup:
    return Markup(f'<div class="banner">Applicant: <strong>{name}</strong></div>')  # VULN xss


def inspector_chip(inspector: str) -> Markup:
    return Markup("<span class=\"chip\">{}</span>").format(inspector)  # SAFE xss


def plain_notice(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2><p>{escape(body)}</p></section>"
