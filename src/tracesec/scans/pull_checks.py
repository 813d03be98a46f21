"""A pull-request scan's findings and check: what counts as new, the gate, the check's words.

New means: on the head, not on the merge base (``engines.diff``), not ignored in Trace for this
repository (same fingerprint), not suppressed in the repository (a ``trace-ignore`` comment or
``.trace.yml``, when the organization allows them, and not added by the pull request itself).
The organization's gate decides the conclusion: *failure* when a new finding of a gating engine
is at or above the gate's severity, *neutral* when there are new findings that do not gate,
*success* when nothing is new.
Nothing here writes ``findings.Finding``: a pull request's findings live with its scan.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.urls import reverse

from tracesec.engines.model import Finding, Severity
from tracesec.findings.selectors import ignored_fingerprints
from tracesec.integrations.base import CheckAnnotation, CheckOutcome
from tracesec.organizations.models import (
    PR_GATE_ENGINES,
    PR_GATE_OFF,
    PR_GATE_SEVERITIES,
    Organization,
)
from tracesec.scans.coverage import ENGINE_LABELS
from tracesec.scans.models import PullRequestScan, Scan
from tracesec.scans.state import ScanErrorCode, ScanState

ANNOTATION_LEVELS = {
    "critical": "failure",
    "high": "failure",
    "medium": "warning",
    "low": "notice",
    "info": "notice",
}
_EXTERNAL_PREFIX = "trace-scan:"


@dataclass(frozen=True)
class NewFindings:
    rows: list[dict[str, Any]]  # finding_row() of each new finding, worst first
    ignored: int
    suppressed: int


@dataclass(frozen=True)
class GatePolicy:
    severity: str  # one of PR_GATE_SEVERITIES, or PR_GATE_OFF
    engines: frozenset[str]

    @classmethod
    def of(cls, organization: Organization) -> GatePolicy:
        severity = organization.pr_gate_severity
        if severity not in PR_GATE_SEVERITIES:
            severity = PR_GATE_OFF
        return cls(severity, frozenset(organization.pr_gate_engines or ()) & set(PR_GATE_ENGINES))

    def gates(self, row: dict[str, Any]) -> bool:
        if self.severity == PR_GATE_OFF or row["engine"] not in self.engines:
            return False
        return Severity(row["severity"]).rank >= Severity(self.severity).rank

    def describe(self) -> str:
        if self.severity == PR_GATE_OFF or not self.engines:
            return "The gate is off: new findings never fail this check."
        engines = ", ".join(ENGINE_LABELS[e] for e in PR_GATE_ENGINES if e in self.engines)
        return f"The check fails on new {self.severity} or worse findings from {engines}."


def check_external_id(scan_id: int) -> str:
    """The `external_id` Trace gives its check runs, to know them again when re-requested."""
    return f"{_EXTERNAL_PREFIX}{scan_id}"


def scan_id_from_external_id(external_id: str) -> int | None:
    number = external_id.removeprefix(_EXTERNAL_PREFIX)
    if number == external_id or not number.isdigit() or len(number) > 18:
        return None
    return int(number)


def finding_row(finding: Finding) -> dict[str, Any]:
    """What a pull-request scan keeps of a finding (masked as the engines report it)."""
    return {
        "engine": finding.engine.value,
        "rule_id": finding.rule_id,
        "severity": finding.severity.value,
        "title": finding.title,
        "message": finding.message,
        "path": finding.location.path,
        "start_line": finding.location.start_line,
        "end_line": finding.location.end_line,
        "fingerprint": finding.fingerprint,
        "snippet": finding.snippet,  # secrets: masked by the engine, always
        # a suppression this pull request adds: shown, not honoured (see new_findings)
        "pending_suppression": (
            f"{finding.suppression.path}:{finding.suppression.line}"
            if finding.suppression is not None
            else ""
        ),
    }


def new_findings(
    *, repository_id: int, findings: Iterable[Finding], changed: Collection[str] = ()
) -> NewFindings:
    """The diff's new findings less those triaged away in Trace or suppressed in the code.

    A suppression the pull request itself adds or edits (a ``trace-ignore`` comment in a file it
    changes, a ``.trace.yml`` it changes) is not honoured here: otherwise the author of a flaw
    could silence it in the same change. It takes effect once it is on the default branch; until
    then the finding counts as new and its annotation says the suppression is pending review.
    """
    candidates = list(findings)
    changed_paths = frozenset(changed)

    def honoured(finding: Finding) -> bool:
        suppression = finding.suppression
        return suppression is not None and suppression.path not in changed_paths

    suppressed = [f for f in candidates if honoured(f)]
    open_ones = [f for f in candidates if not honoured(f)]
    ignored = ignored_fingerprints(
        repository_id=repository_id, fingerprints=sorted({f.fingerprint for f in open_ones})
    )
    kept = [f for f in open_ones if f.fingerprint not in ignored]
    kept.sort(key=lambda f: (-f.severity.rank, f.location.path, f.location.start_line))
    return NewFindings(
        rows=[finding_row(f) for f in kept],
        ignored=len(open_ones) - len(kept),
        suppressed=len(suppressed),
    )


def scan_url(scan: Scan) -> str:
    return f"{settings.BASE_URL}{reverse('scans:detail', args=[scan.pk])}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _table(rows: Sequence[dict[str, Any]]) -> str:
    severities = [s.value for s in Severity if any(r["severity"] == s.value for r in rows)]
    header = "| Severity | " + " | ".join(ENGINE_LABELS[e] for e in PR_GATE_ENGINES) + " | Total |"
    lines = [header, "|---" * (len(PR_GATE_ENGINES) + 2) + "|"]
    for severity in severities:
        counts = [
            sum(1 for r in rows if r["severity"] == severity and r["engine"] == e)
            for e in PR_GATE_ENGINES
        ]
        cells = " | ".join(str(c) for c in counts)
        lines.append(f"| {severity.capitalize()} | {cells} | {sum(counts)} |")
    return "\n".join(lines)


def completed_outcome(
    scan: Scan, pull: PullRequestScan, policy: GatePolicy, *, max_annotations: int
) -> CheckOutcome:
    rows = list(pull.findings)
    gating = [r for r in rows if policy.gates(r)]
    if not rows:
        conclusion, title = "success", "No new findings"
    else:
        conclusion = "failure" if gating else "neutral"
        title = f"{_plural(len(rows), 'new finding')}"
        if gating:
            title += f" ({len(gating)} failing the gate)"
    base = pull.merge_base_sha[:12]
    parts = [
        f"**{_plural(len(rows), 'new finding')}** on `{pull.head_sha[:12]}` compared with the "
        f"merge base `{base}`."
    ]
    if rows:
        parts.append(_table(rows))
    left_out = []
    if pull.ignored_count:
        left_out.append(f"{pull.ignored_count} ignored in Trace")
    if pull.suppressed_count:
        left_out.append(f"{pull.suppressed_count} suppressed in the repository")
    if left_out:
        parts.append("Not counted: " + ", ".join(left_out) + ".")
    if len(rows) > max_annotations:
        parts.append(
            f"The first {max_annotations} new findings are annotated on the code; "
            "Trace lists them all."
        )
    parts.append(policy.describe())
    parts.append(f"[Open the scan in Trace]({scan_url(scan)})")
    annotations = tuple(
        CheckAnnotation(
            path=r["path"],
            start_line=int(r["start_line"] or 1),
            end_line=int(r["end_line"] or r["start_line"] or 1),
            level=ANNOTATION_LEVELS.get(r["severity"], "notice"),
            title=f"{r['severity'].capitalize()}: {r['title']} ({r['rule_id']})",
            message=_annotation_message(r),
        )
        for r in rows[:max_annotations]
    )
    return CheckOutcome(
        conclusion=conclusion,
        title=title,
        summary="\n\n".join(parts),
        annotations=annotations,
    )


def _annotation_message(row: dict[str, Any]) -> str:
    message = str(row["message"] or row["title"])
    pending = row.get("pending_suppression")
    if pending:
        message += (
            f"\n\nSuppressed by {pending}, which this pull request adds: a suppression takes "
            "effect once it is on the default branch, after review."
        )
    return message


def stopped_outcome(scan: Scan) -> CheckOutcome:
    """A scan that did not complete still completes its check, with Trace's own words (never
    exception text). A failure of Trace is *neutral*, not *failure*: it says nothing about the
    code, and a broken scanner must not block every merge; the title says it was not scanned."""
    code = scan.error_code
    if scan.status == ScanState.CANCELLED:
        conclusion = "cancelled"
    elif code == ScanErrorCode.CLONE_TIMEOUT:
        conclusion = "timed_out"
    else:
        conclusion = "neutral"
    summary = (
        f"{scan.error_message or 'The scan did not complete.'}\n\n"
        f"[Open the scan in Trace]({scan_url(scan)})"
    )
    return CheckOutcome(
        conclusion=conclusion, title="Trace could not scan this pull request", summary=summary
    )
