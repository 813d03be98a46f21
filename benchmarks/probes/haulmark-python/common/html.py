import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def highlight(text, term):
    """Wrap case-insensitive matches of ``term`` in <mark> for the notes panel."""
    if not term:
        return format_html('<div class="notes">{}</div>', text or "")
    body = escape(text or "")
    pattern = re.compile(re.escape(escape(term)), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", body)
    return mark_safe(f'<div class="notes" data-query="{term}">{marked}</div>')  # VULN xss


def lane_filter_link(lane):
    if not lane:
        return ""
    return format_html('<a class="lane-chip" href="/board/?q={}">{}</a>', lane, lane)  # SAFE xss


def status_pill(status):
    css = {"active": "pill-green", "pending": "pill-amber", "suspended": "pill-red"}.get(status, "pill-grey")
    return format_html('<span class="pill {}">{}</span>', css, status.title())
