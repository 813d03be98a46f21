"""Jinja2 rendering for newsletters and printable notices."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from django.conf import settings

_env = Environment(
    loader=FileSystemLoader(str(settings.BASE_DIR / "notices")),
    autoescape=select_autoescape(["html"]),
)

OVERDUE_NOTICE = (
    "Dear {{ name }},\n\n"
    "Our records show {{ count }} item(s) overdue at {{ branch }}. "
    "Please return or renew them online.\n\n-- Shelfmark"
)


def render_newsletter(layout, context):
    template = _env.from_string(layout)  # VULN ssti
    return template.render(**context)


def render_overdue_notice(name, count, branch):
    template = _env.from_string(OVERDUE_NOTICE)  # SAFE ssti
    return template.render(name=name, count=count, branch=branch)


def render_named(template_name, context):
    return _env.get_template(template_name).render(**context)
