"""The lines around each finding, stored with it so the dashboard can show them without ever
reading the repository again.

Added once per scan where every engine's findings meet (``scan.merge``), after redaction: the
context lines pass the same masking as snippets (``redaction.mask_text`` with the values of the
file's Secrets findings, and ``mask_detected`` with the secrets detectors, as SAST snippets are),
so a secret on a neighbouring line is never stored in clear, whichever engines ran.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tracesec.engines import redaction
from tracesec.engines.model import Finding
from tracesec.engines.secrets.engine import default_matcher
from tracesec.engines.secrets.matcher import Matcher

# extra key: {"before": [lines], "after": [lines]}
CONTEXT = "context"
CONTEXT_LINES = 5
MAX_LINE_CHARS = 400


def _clip(line: str) -> str:
    return line if len(line) <= MAX_LINE_CHARS else line[:MAX_LINE_CHARS] + "…"


def _masked(lines: Sequence[str], values: Sequence[bytes], matcher: Matcher) -> list[str]:
    if not lines:
        return []
    # masked as one text, so a multi-line value (a PEM key) is recognised whole
    text = redaction.mask_detected(redaction.mask_text("\n".join(lines), values), matcher)
    return [_clip(line) for line in text.split("\n")]


def _context(
    finding: Finding, lines: Sequence[str], values: Sequence[bytes], matcher: Matcher
) -> dict[str, Any]:
    start = finding.location.start_line
    end = max(start, finding.location.end_line)
    before = lines[max(0, start - 1 - CONTEXT_LINES) : start - 1]
    after = lines[end : end + CONTEXT_LINES]
    return {"before": _masked(before, values, matcher), "after": _masked(after, values, matcher)}


def add_context(findings: Sequence[Finding], read: Callable[[str], bytes | None]) -> list[Finding]:
    """``findings`` with ``extra["context"]`` set where the file can be read and the lines are
    of the scanned tree (not a history-only secret, whose lines are of an older commit)."""
    matcher = default_matcher()
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    result: list[Finding] = []
    for path, group in by_path.items():
        data = read(path)
        if data is None or b"\0" in data[:8192]:
            result.extend(group)
            continue
        lines = data.decode("utf-8", "replace").splitlines()
        holders = [f for f in group if redaction.holds_secret(f)]
        values = redaction.secret_values(data, holders) if holders else []
        for finding in group:
            start = finding.location.start_line
            if finding.extra.get("history_only") or not (1 <= start <= len(lines)):
                result.append(finding)
                continue
            extra = {**finding.extra, CONTEXT: _context(finding, lines, values, matcher)}
            result.append(replace(finding, extra=extra))
    return result
