from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

HOLD_STATUS_CLASSES = {
    "waiting": "secondary",
    "in_transit": "info",
    "ready": "success",
    "fulfilled": "light",
    "cancelled": "danger",
}


@register.filter
def title_badge(title):
    """Title with a small format icon, used across the staff portal."""
    icon = {"ebook": "tablet", "audio": "headphones", "dvd": "disc"}.get(title.format, "book")
    return mark_safe(f'<span class="title-badge"><i class="bi bi-{icon}"></i> {title.title}</span>')  # VULN xss


@register.filter
def patron_website_link(patron):
    if not patron.website:
        return ""
    return format_html('<a href="{}" rel="nofollow noopener" target="_blank">{}</a>', patron.website, patron.website)  # VULN xss


@register.simple_tag
def hold_status_pill(hold):
    css = HOLD_STATUS_CLASSES.get(hold.status, "secondary")
    return format_html('<span class="badge bg-{}">{}</span>', css, hold.get_status_display())  # SAFE xss


@register.filter
def branch_chip(branch):
    return mark_safe(f'<span class="chip" title="{escape(branch.address)}">{escape(branch.name)}</span>')  # SAFE xss
