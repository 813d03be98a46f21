"""The terminal table (rich): findings by severity, then what each engine did and skipped.

Paths, titles and snippets are repository content: control characters are neutralised and
rich markup is never interpreted, so a file name cannot restyle or rewrite the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracesec.engines.humanize import counted
from tracesec.engines.model import ScanResult, Severity

_STYLES = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
MAX_CELL = 120


def clean(text: str, limit: int = MAX_CELL) -> str:
    """Printable one-line text: control characters shown as escapes, length capped."""
    out = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
    return out if len(out) <= limit else out[: limit - 1] + "\u2026"


def render(result: ScanResult, width: int = 140, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )
    write(console, result)
    return buffer.getvalue()


def write(console: Console, result: ScanResult) -> None:
    if result.findings:
        table = Table(title=counted(len(result.findings), "finding"), title_justify="left")
        table.add_column("Severity", no_wrap=True)
        table.add_column("Engine", no_wrap=True)
        table.add_column("Rule")
        table.add_column("Location", overflow="fold")
        table.add_column("Detail", overflow="fold")
        for f in result.findings:
            detail = clean(f.title)
            if f.snippet:
                detail += "\n" + clean(f.snippet.strip())
            if f.suppression is not None:
                detail += "\n" + clean(f"suppressed ({f.suppression.source}): ")
                detail += clean(f.suppression.justification)
            elif f.extra.get("suppression_problem"):
                detail += "\n" + clean(str(f.extra["suppression_problem"]))
            table.add_row(
                Text(f.severity.value, style=_STYLES[f.severity]),
                Text(f.engine.value),
                Text(clean(f.rule_id)),
                Text(f"{clean(f.location.path)}:{f.location.start_line}"),
                Text(detail),
            )
        console.print(table)
    else:
        console.print(Text("No findings."))
    engines = Table(title="Engines", title_justify="left")
    for column in ("Engine", "Status", "Files", "Seconds", "Note"):
        engines.add_column(column)
    for status in result.engines:
        state = "ok" if status.ok and status.complete else ("incomplete" if status.ok else "failed")
        engines.add_row(
            Text(status.engine.value),
            Text(state, style="green" if state == "ok" else "red"),
            Text(str(status.files_scanned)),
            Text(f"{status.seconds:.2f}"),
            Text(clean(status.error or status.version, 200)),
        )
    console.print(engines)
    skipped = [c for c in result.coverage if c.engine is None]
    problems = [c for c in result.coverage if c.engine is not None]
    if skipped or problems:
        reasons: dict[str, int] = {}
        for c in skipped:
            reasons[c.reason] = reasons.get(c.reason, 0) + 1
        summary = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items()))
        if skipped:
            console.print(Text(f"Skipped {counted(len(skipped), 'file')}: {summary}"))
        for c in problems[:20]:
            engine = c.engine.value if c.engine else "walk"
            line = f"{engine}: {clean(c.path)}: {c.status.value} ({clean(c.reason)})"
            console.print(Text(line))
        if len(problems) > 20:
            console.print(Text(f"... and {counted(len(problems) - 20, 'more coverage record')}"))
