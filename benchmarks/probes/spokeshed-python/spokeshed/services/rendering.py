"""Mako rendering for staff pages, printable tickets and outgoing messages."""
from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any

from mako.lookup import TemplateLookup
from mako.template import Template

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"


@lru_cache(maxsize=1)
def lookup() -> TemplateLookup:
    return TemplateLookup(
        directories=[str(TEMPLATE_DIR)],
        default_filters=["h"],
        input_encoding="utf-8",
        strict_undefined=True,
    )


def render_page(name: str, **context: Any) -> str:
    """Render one of the bundled page templates."""
    return lookup().get_template(name).render(**context)  # SAFE ssti


def render_message(body: str, **context: Any) -> str:
    """Render a coordinator-editable message body (reminders, thank-you notes)."""
    return Template(body, default_filters=["h"], strict_undefined=False).render(**context)  # VULN ssti


def render_sms(body: str, **context: Any) -> str:
    """SMS bodies only support $name style placeholders."""
    return string.Template(body).safe_substitute({k: str(v) for k, v in context.items()})  # SAFE ssti
