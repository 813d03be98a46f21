"""Small HTML fragments shared by the portal views."""
from markupsafe import Markup, escape


def inspector_note(note: str, author: str) -> Markup:
    return Markup(f'<div class="note"><p>{note}</p><footer>{escape(author)}</footer></div>')  # VULN xss


def summary_block(lines: list[str]) -> str:
    if not lines:
        return '<p class="muted">No open findings.</p>'
    return '<ul class="findings">' + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
