"""HTML rendering for roster boards, notes pages and printable reports."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

BUILTIN_REPORTS = {
    "duty_summary": (
        "<h2>Duty summary: {{ crew_name }}</h2><table>"
        "{% for r in rows %}<tr><td>{{ r.date }}</td><td>{{ r.pairing }}</td>"
        "<td>{{ r.duty_hours }}</td><td>{{ r.block_hours }}</td></tr>{% endfor %}</table>"
    ),
    "base_roster": (
        "<h2>{{ title }} - {{ base }}</h2><ol>"
        "{% for m in members %}<li>{{ m.last_name }}, {{ m.first_name }} ({{ m.rank.value }})</li>{% endfor %}</ol>"
    ),
}


def status_badge(status: str) -> Markup:
    return Markup('<span class="status status-{}">{}</span>').format(status.lower(), status)  # SAFE xss


class Renderer:
    def __init__(self, template_dir: str) -> None:
        self._env = Environment(loader=FileSystemLoader(template_dir), autoescape=select_autoescape(["html", "xml"]))
        self._env.filters["badge"] = status_badge
        self._report_env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)

    def page(self, name: str, **context) -> str:
        return self._env.get_template(name).render(**context)

    def builtin_report(self, kind: str, **context) -> str:
        source = BUILTIN_REPORTS[kind]
        return self._report_env.from_string(source).render(**context)  # SAFE ssti

    def custom_report(self, source: str, **context) -> str:
        return self._report_env.from_string(source).render(**context)  # VULN ssti
