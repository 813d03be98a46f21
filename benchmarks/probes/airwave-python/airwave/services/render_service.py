"""Template environments used outside the Pyramid renderer pipeline."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.lookup import TemplateLookup

from airwave.settings import TEMPLATE_DIR


@lru_cache(maxsize=1)
def jinja_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR / "jinja")),
        autoescape=select_autoescape(["html", "jinja2", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["weekday"] = weekday_name
    env.filters["clock"] = clock
    return env


@lru_cache(maxsize=1)
def mako_lookup() -> TemplateLookup:
    return TemplateLookup(
        directories=[str(TEMPLATE_DIR / "mako")],
        default_filters=["h"],
        input_encoding="utf-8",
        strict_undefined=False,
    )


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_name(value: int) -> str:
    try:
        return WEEKDAYS[int(value) - 1]
    except (IndexError, ValueError, TypeError):
        return "?"


def clock(value: Any) -> str:
    text = str(value)
    return text[:5] if len(text) >= 5 else text


def render_mako(name: str, **context: Any) -> str:
    return mako_lookup().get_template(name).render(**context)


def render_jinja(name: str, **context: Any) -> str:
    return jinja_env().get_template(name).render(**context)
