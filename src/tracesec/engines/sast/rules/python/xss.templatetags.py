# mypy: ignore-errors
from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

BADGE_CLASSES = {"waiting": "secondary", "ready": "success"}


@register.filter
def title_badge(title):
    # ruleid: trace.python.xss.tainted-html-response
    return mark_safe(f'<span class="title-badge">{title.name}</span>')


@register.filter
def escaped_badge(title):
    # ok: trace.python.xss.tainted-html-response
    return mark_safe(f'<span class="title-badge">{escape(title.name)}</span>')


@register.filter
def website_link(patron):
    # ruleid: trace.python.xss.tainted-html-response
    return format_html('<a href="{}" rel="nofollow">{}</a>', patron.website, patron.name)


@register.simple_tag
def status_pill(hold):
    css = BADGE_CLASSES.get(hold.status, "secondary")
    # ok: trace.python.xss.tainted-html-response
    return format_html('<span class="badge bg-{}">{}</span>', css, hold.label)


@register.simple_tag(takes_context=True)
def greeting(context, name):
    # ok: trace.python.xss.tainted-html-response
    return format_html("<p>Hello {}</p>", name)
