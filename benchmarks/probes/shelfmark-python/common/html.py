"""Small HTML fragments reused across staff pages."""
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def patron_badge(display_name, tier):
    css = "badge-gold" if tier == "friend" else "badge-plain"
    return mark_safe(f'<span class="badge {css}">{display_name}</span>')  # VULN xss


def branch_label(branch_name, code):
    return format_html('<span class="branch" data-code="{}">{}</span>', code, branch_name)  # SAFE xss


def due_date_pill(loan):
    state = "late" if loan.is_late else "ok"
    return format_html('<span class="pill pill-{}">{}</span>', state, loan.due_on.isoformat())
