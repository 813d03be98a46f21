"""User-defined report layouts rendered with Jinja."""
from datetime import datetime, timezone

from jinja2 import Environment, StrictUndefined, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True), undefined=StrictUndefined)
_env.filters["kw"] = lambda value: f"{value:,.0f} kW"


def base_context(site: str) -> dict:
    return {"site": site, "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def render_custom(template_source: str, context: dict) -> str:
    return _env.from_string(template_source).render(**context)  # VULN ssti
