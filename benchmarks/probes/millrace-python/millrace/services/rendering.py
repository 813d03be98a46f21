"""Rendering of emails (Jinja2) and printable paperwork (Genshi)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from genshi.core import Markup, escape
from genshi.template import TemplateLoader
from jinja2 import Environment, FileSystemLoader, select_autoescape

from millrace.config import BASE_DIR

_email_env = Environment(
    loader=FileSystemLoader(str(BASE_DIR / "templates" / "email")),
    autoescape=select_autoescape(["html"]),
)
_partner_env = Environment(autoescape=True)
_genshi = TemplateLoader([str(BASE_DIR / "genshi_templates")], auto_reload=False)

DEFAULT_PARTNER_EMAIL = (
    "<p>Dear {{ name }},</p><p>Your Millrace tickets for {{ visit_date }} are confirmed. "
    "Reference: <strong>{{ reference }}</strong>.</p>"
)


def render_email(template_name: str, **context: Any) -> str:
    return _email_env.get_template(template_name).render(**context)


def render_partner_confirmation(partner_template: str | None, **context: Any) -> str:
    source = partner_template or DEFAULT_PARTNER_EMAIL
    return _partner_env.from_string(source).render(**context)  # VULN ssti


def _multiline(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return Markup("<br/>").join(escape(line) for line in text.splitlines())  # SAFE xss


def render_visit_letter(visit: Any, school: Any, workshop_label: str) -> str:
    tmpl = _genshi.load("visit_letter.html")
    ctx = {
        "school": school,
        "visit": visit,
        "workshop": workshop_label,
        "teacher_lines": _multiline(visit.teacher_name),
        "notes": Markup(visit.access_notes or ""),  # VULN xss
    }
    return tmpl.generate(**ctx).render("html", doctype="html")


def render_receipt(order: Any, visitor_name: str, lines: list[dict[str, Any]]) -> str:
    tmpl = _genshi.load("receipt.html")
    return tmpl.generate(order=order, visitor_name=visitor_name, lines=lines).render("html", doctype="html")


def genshi_template_path(name: str) -> Path:
    return BASE_DIR / "genshi_templates" / name
