"""Template rendering: Mako for staff pages and documents, Jinja2 for partner/public mail."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from mako.lookup import TemplateLookup
from mako.template import Template

TEMPLATE_ROOT = Path(__file__).resolve().parent.parent / "templates"

DOCUMENT_TEMPLATES = {
    "invoice": "invoice.mako",
    "confirmation": "booking_confirmation.mako",
    "berth_card": "berth_card.mako",
}


@lru_cache(maxsize=1)
def _mako() -> TemplateLookup:
    return TemplateLookup(
        directories=[str(TEMPLATE_ROOT / "mako")],
        default_filters=["h"],
        input_encoding="utf-8",
        strict_undefined=False,
    )


@lru_cache(maxsize=1)
def _jinja() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATE_ROOT / "jinja")),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def _mail_env() -> Environment:
    return Environment(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True)


@lru_cache(maxsize=1)
def _sandbox() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def render_page(name: str, **context: Any) -> str:
    return _mako().get_template(name).render(**context)


def render_document(kind: str, **context: Any) -> str:
    template_name = DOCUMENT_TEMPLATES.get(kind)
    if template_name is None:
        raise KeyError(f"unknown document kind {kind!r}")
    return _mako().get_template(template_name).render(**context)  # SAFE ssti


def render_jinja(name: str, **context: Any) -> str:
    return _jinja().get_template(name).render(**context)


def render_partner_confirmation(source: str, **context: Any) -> str:
    """Partners may brand the confirmation e-mail their customers receive."""
    return Template(source, default_filters=["h"]).render(**context)  # VULN ssti


def render_notice(source: str, **context: Any) -> str:
    """Harbour notices are written by office staff with a few placeholders."""
    return _sandbox().from_string(source).render(**context)  # SAFE ssti


def render_greeting(recipient: str, greeting: str, **context: Any) -> str:
    body = "Dear {{ recipient }},\n\n" + greeting + "\n\n-- {{ marina }} harbour office\n"
    return _mail_env().from_string(body).render(recipient=recipient, **context)  # VULN ssti
