"""Turn raw matches into findings: line numbers, masked snippets, fingerprints.

Raw values are used here only to locate and mask them; what leaves is a ``Finding`` holding
the SHA-256 and masked preview from ``redact.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from tracesec.engines.fingerprint import secret_fingerprint
from tracesec.engines.model import Engine, Finding, Location
from tracesec.engines.secrets.matcher import Hit
from tracesec.engines.secrets.redact import masked_line, redact

CWE = ("CWE-798",)
OWASP = ("A07:2021",)


class Lines:
    """Line numbers and line bounds for byte offsets, computed incrementally."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._pos = 0
        self._line = 1

    def line_of(self, offset: int) -> int:
        if offset < self._pos:
            self._pos, self._line = 0, 1
        self._line += self.data.count(b"\n", self._pos, offset)
        self._pos = offset
        return self._line

    def bounds(self, offset: int) -> tuple[int, int]:
        start = self.data.rfind(b"\n", 0, offset) + 1
        end = self.data.find(b"\n", offset)
        return start, (len(self.data) if end == -1 else end)


def spans_on_line(line: bytes, values: Sequence[bytes]) -> list[tuple[int, int]]:
    """Every occurrence of every secret on the line, so no copy of a value survives."""
    spans = []
    for value in values:
        first_line = value.split(b"\n", 1)[0]
        if len(first_line) < 4:
            continue
        at = line.find(first_line)
        while at != -1:
            spans.append((at, at + len(first_line)))
            at = line.find(first_line, at + 1)
    return spans


def findings_for(path: str, data: bytes, hits: Sequence[Hit]) -> list[Finding]:
    """Turn raw hits into findings: one per (detector, secret value) in this file."""
    lines = Lines(data)
    values = [hit.value for hit in hits]
    seen: dict[str, int] = {}
    findings: list[Finding] = []
    for hit in hits:
        redacted = redact(hit.value)
        fingerprint = secret_fingerprint(hit.detector.id, path, redacted.sha256)
        if fingerprint in seen:
            seen[fingerprint] += 1
            continue
        seen[fingerprint] = 1
        line_no = lines.line_of(hit.start)
        line_start, line_end = lines.bounds(hit.start)
        end_line = line_no + hit.value.count(b"\n")
        end_line_start = data.rfind(b"\n", 0, hit.end) + 1
        line = data[line_start:line_end]
        spans = [(hit.start - line_start, min(hit.end, line_end) - line_start)]
        spans += spans_on_line(line, values)
        findings.append(
            make_finding(
                hit,
                path,
                Location(
                    path=path,
                    start_line=line_no,
                    end_line=end_line,
                    start_column=hit.start - line_start + 1,
                    end_column=hit.end - end_line_start + 1,
                ),
                fingerprint,
                masked_line(line, spans),
                redacted.sha256,
                redacted.preview,
            )
        )
    return [
        with_extra(f, {"occurrences": seen[f.fingerprint]}) if seen[f.fingerprint] > 1 else f
        for f in findings
    ]


def make_finding(
    hit: Hit,
    path: str,
    location: Location,
    fingerprint: str,
    snippet: str,
    sha256: str,
    preview: str,
) -> Finding:
    detector = hit.detector
    return Finding(
        engine=Engine.SECRETS,
        rule_id=detector.id,
        severity=detector.severity,
        title=detector.title,
        message=f"{detector.title} ({preview}). {detector.remediation}",
        location=location,
        fingerprint=fingerprint,
        snippet=snippet,
        cwe=CWE,
        owasp=OWASP,
        confidence=detector.confidence,
        extra={"secret_sha256": sha256, "masked_preview": preview},
    )


def with_extra(finding: Finding, extra: Mapping[str, object]) -> Finding:
    return replace(finding, extra={**finding.extra, **extra})
