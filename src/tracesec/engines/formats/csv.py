"""One CSV row per finding, for spreadsheets.

Cells come from an attacker-controlled repository, so anything a spreadsheet would treat as
a formula (``=``, ``+``, ``-``, ``@``, tab, CR at the start) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from tracesec.engines.model import Finding, ScanResult

COLUMNS = (
    "engine",
    "severity",
    "rule_id",
    "title",
    "path",
    "start_line",
    "end_line",
    "start_column",
    "end_column",
    "confidence",
    "cwe",
    "owasp",
    "fingerprint",
    "package",
    "version",
    "fixed_version",
    "advisory_id",
    "aliases",
    "masked_preview",
    "message",
    "snippet",
    # an ignored finding's suppression, as SARIF's ``suppressions`` carries it
    "suppression_state",
    "suppression_source",
    "suppression_reason",
    "suppression_location",
    "suppressed_by",
    "suppressed_at",
    "suppression_expires",
)
# where a suppression lives, in words a spreadsheet reader knows
SOURCE_LABELS = {"triage": "dashboard", "code": "in-code", "config": ".trace.yml"}
NOT_HONOURED = "not honoured"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _join(values: object) -> str:
    if isinstance(values, (list, tuple)):
        return "; ".join(str(v) for v in values)
    return "" if values is None else str(values)


def _row(f: Finding) -> list[str]:
    extra = f.extra
    cells: Iterable[object] = (
        f.engine.value,
        f.severity.value,
        f.rule_id,
        f.title,
        f.location.path,
        f.location.start_line,
        f.location.end_line,
        f.location.start_column,
        f.location.end_column,
        f.confidence,
        _join(f.cwe),
        _join(f.owasp),
        f.fingerprint,
        extra.get("package", ""),
        extra.get("version", ""),
        extra.get("fixed_version", ""),
        extra.get("advisory_id", ""),
        _join(extra.get("aliases", ())),
        extra.get("masked_preview", ""),
        f.message,
        f.snippet,
        *_suppression_cells(f),
    )
    return [safe_cell(cell) for cell in cells]


def _suppression_cells(f: Finding) -> tuple[str, ...]:
    """State, source, reason, location, by, at, expires; an open finding whose suppression
    was refused says so, with why, and nothing else."""
    s = f.suppression
    if s is None:
        problem = f.extra.get("suppression_problem")  # set by engines.suppressions
        return (NOT_HONOURED, "", str(problem), "", "", "", "") if problem else ("",) * 7
    source = SOURCE_LABELS.get(s.source, s.source)
    return ("ignored", source, s.justification, s.where, s.author, s.decided_at, s.expires)


def render(result: ScanResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding in result.findings:
        writer.writerow(_row(finding))
    return buffer.getvalue()
