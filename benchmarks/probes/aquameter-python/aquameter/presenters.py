"""Small HTML fragments served to the operations dashboard (htmx partials)."""
from __future__ import annotations

import html

from fastapi.responses import HTMLResponse
from markupsafe import escape

from aquameter.schemas.field import LeakAlertOut

SEVERITY_ICON = {"info": "i", "minor": "!", "major": "!!", "critical": "!!!"}


def alert_badge(alert: LeakAlertOut) -> HTMLResponse:
    label = html.escape(alert.title)
    link = html.escape(alert.info_url or f"/portal/alerts/{alert.id}")
    icon = SEVERITY_ICON.get(alert.severity, "")
    return HTMLResponse(f'<a class="aq-badge aq-badge--{alert.severity}" href="{link}" target="_blank">{icon} {label}</a>')  # VULN xss


def meter_status_chip(serial: str, status_note: str) -> HTMLResponse:
    return HTMLResponse(f'<span class="aq-chip" data-meter="{escape(serial)}">{escape(status_note)}</span>')
