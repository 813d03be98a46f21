"""Jinja filters and small markup helpers for the portal templates."""
from __future__ import annotations

import re
from datetime import datetime

from markupsafe import Markup, escape


def highlight(text: str | None, term: str | None) -> Markup:
    """Wrap case-insensitive matches of *term* in <mark>."""
    if not text:
        return Markup("")
    escaped = str(escape(text))
    if not term:
        return Markup(escaped)
    pattern = re.compile(re.escape(str(escape(term))), re.IGNORECASE)
    return Markup(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))  # SAFE xss


def search_caption(term: str, count: int) -> Markup:
    noun = "referral" if count == 1 else "referrals"
    return Markup(f"{count} {noun} matching <strong>{term}</strong>")  # VULN xss


def urgency_badge(urgency: str) -> str:
    return {"emergency": "badge-red", "urgent": "badge-amber"}.get(urgency, "badge-grey")


def short_date(value: datetime | None) -> str:
    return value.strftime("%d %b %Y") if value else ""
