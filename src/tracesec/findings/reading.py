"""What the finding page shows beyond the stored row: the taint steps with links to the host at
the scanned commit, and the command that reproduces the finding locally. Built only from what
the scan stored (the web process never reads a repository)."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from tracesec.engines.model import TAINT_STEP_LABELS
from tracesec.findings.models import Finding
from tracesec.repositories.links import file_web_url


@dataclass(frozen=True)
class TaintStep:
    label: str
    path: str
    line: int
    code: str  # masked by the engines before it was stored
    url: str  # the line on the host at the scanned commit, or ""


def _scanned_commit(finding: Finding) -> str:
    scan = finding.last_seen_scan
    return str(getattr(scan, "commit_sha", "") or "")


def taint_steps(finding: Finding) -> list[TaintStep]:
    """The source → sink steps semgrep reported for a SAST taint finding, in order."""
    steps = (finding.extra or {}).get("dataflow") or []
    if finding.engine != "sast" or not isinstance(steps, list):
        return []
    commit = _scanned_commit(finding)
    out: list[TaintStep] = []
    for step in steps:
        if not isinstance(step, dict):
            continue
        path = str(step.get("path") or "")
        line = int(step.get("line") or 0)
        out.append(
            TaintStep(
                label=TAINT_STEP_LABELS.get(str(step.get("kind")), "Through"),
                path=path,
                line=line,
                code=str(step.get("code") or ""),
                url=file_web_url(finding.repository, path=path, commit=commit, start_line=line),
            )
        )
    return out


def reproduce_command(finding: Finding) -> str:
    """Shell lines that reproduce the finding in a local clone: the scanned commit, then
    ``trace scan`` with the finding's engine (and history, for a secret only in history)."""
    argv = ["trace", "scan", "--engines", finding.engine]
    if finding.history_only:
        argv.append("--history")
    argv.append(".")
    lines = []
    commit = _scanned_commit(finding)
    if commit:
        lines.append(f"git checkout {shlex.quote(commit)}")
    lines.append(shlex.join(argv))
    return "\n".join(lines)
