"""semgrep JSON output → Trace findings and coverage rows.

Nothing from semgrep is trusted as identity: snippets are cut from the file by the byte
offsets it reports (CE prints "requires login" for ``lines``), fingerprints are computed by
Trace, and severity/CWE/OWASP/confidence come from our rules' metadata.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracesec.engines import redaction
from tracesec.engines.fingerprint import normalize_code, sast_fingerprint
from tracesec.engines.model import (
    DATAFLOW,
    Coverage,
    CoverageStatus,
    Engine,
    Finding,
    Location,
    Severity,
    TargetFile,
)

logger = logging.getLogger(__name__)

MAX_SNIPPET_LINES = 10
MAX_SNIPPET_CHARS = 2000
MAX_MATCHED_BYTES = 64 * 1024
MAX_STEPS = 20
MAX_STEP_CHARS = 400

_SEMGREP_SEVERITY = {
    "ERROR": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "INVENTORY": Severity.INFO,
    "EXPERIMENT": Severity.INFO,
}
_CWE_ID = re.compile(r"CWE-\d+")
_OWASP_ID = re.compile(r"A\d{2}:\d{4}")
_STATUS_RANK = {
    CoverageStatus.PARSE_ERROR: 1,
    CoverageStatus.TIMED_OUT: 2,
    CoverageStatus.FAILED: 3,
}


@dataclass
class ParsedOutput:
    findings: list[Finding] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=dict)
    engine_errors: list[str] = field(default_factory=list)
    version: str = ""
    # the credential literals each file's findings matched (masked wherever its code is quoted)
    literals: dict[str, list[bytes]] = field(default_factory=dict)
    # (rule, file, matched code) -> how many findings had it so far: the fingerprint's ordinal
    ordinals: dict[tuple[str, str, str], int] = field(default_factory=dict)


def _error_kind(error_type: Any) -> str:
    # semgrep reports e.g. "Timeout" or ["PartialParsing", [spans]].
    if isinstance(error_type, list) and error_type:
        return str(error_type[0])
    return str(error_type)


def _coverage_for_error(kind: str, rule_id: str) -> tuple[CoverageStatus, str]:
    lowered = kind.lower()
    if "timeout" in lowered:
        return CoverageStatus.TIMED_OUT, f"semgrep timed out running {rule_id or 'a rule'}"
    if "memory" in lowered or "overflow" in lowered:
        return CoverageStatus.FAILED, f"semgrep ran out of resources ({kind})"
    if "pars" in lowered or "syntax" in lowered or "lexical" in lowered:
        return CoverageStatus.PARSE_ERROR, f"semgrep could not fully parse the file ({kind})"
    return CoverageStatus.FAILED, f"semgrep failed on the file ({kind})"


def _merge_coverage(
    rows: dict[str, Coverage], path: str, status: CoverageStatus, reason: str
) -> None:
    previous = rows.get(path)
    if previous is None or _STATUS_RANK[status] > _STATUS_RANK[previous.status]:
        rows[path] = Coverage(engine=Engine.SAST, path=path, status=status, reason=reason)


def _char_column(line_bytes: bytes, byte_col: int) -> int:
    """1-based character column from semgrep's 1-based byte column."""
    return len(line_bytes[: max(0, byte_col - 1)].decode("utf-8", "replace")) + 1


def _as_tuple(value: Any, pattern: re.Pattern[str]) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value] if value else []
    out: list[str] = []
    for item in items:
        match = pattern.search(str(item))
        if match and match.group(0) not in out:
            out.append(match.group(0))
    return tuple(out)


def _title(message: str, rule_id: str) -> str:
    first = message.strip().split(". ")[0].strip().rstrip(".")
    return first[:120] if first else rule_id


@dataclass(frozen=True)
class _Raw:
    rule_id: str
    target: TargetFile
    start: Mapping[str, Any]
    end: Mapping[str, Any]
    extra: Mapping[str, Any]


class _FileCache:
    """Reads each file once; results arrive grouped by file anyway. The files other files'
    traces run through are kept apart, read once each."""

    def __init__(self, index: TargetIndex) -> None:
        self._index = index
        self._path: str | None = None
        self._data = b""
        self._others: dict[str, tuple[str, bytes] | None] = {}

    def get(self, target: TargetFile) -> bytes:
        if self._path != target.path:
            self._data = _read(target)
            self._path = target.path
        return self._data

    def other(self, printed: str) -> tuple[str, bytes] | None:
        if printed not in self._others:
            target = self._index.lookup(printed)
            self._others[printed] = None if target is None else (target.path, _read(target))
        return self._others[printed]


def _read(target: TargetFile) -> bytes:
    try:
        with open(target.abspath, "rb") as handle:
            return handle.read(max(target.size, 0) + 1024 * 1024)
    except OSError:
        return b""


def _finding(
    raw: _Raw,
    data: bytes,
    ordinal_counts: dict[tuple[str, str, str], int],
    read_other: ReadOther,
) -> tuple[Finding, bytes]:
    """The finding of one semgrep result, and the credential literal it matched (or b"")."""
    start_off = int(raw.start.get("offset", 0))
    end_off = int(raw.end.get("offset", start_off))
    start_line = int(raw.start.get("line", 1))
    end_line = int(raw.end.get("line", start_line))
    matched = data[start_off : min(end_off, start_off + MAX_MATCHED_BYTES)].decode(
        "utf-8", "replace"
    )
    line_begin = data.rfind(b"\n", 0, start_off) + 1
    line_end = data.find(b"\n", end_off)
    if line_end < 0:
        line_end = len(data)
    lines = data[line_begin:line_end].decode("utf-8", "replace").splitlines()
    snippet = "\n".join(lines[:MAX_SNIPPET_LINES])[:MAX_SNIPPET_CHARS]
    start_col = _char_column(data[line_begin:start_off], int(raw.start.get("col", 1)))
    end_line_begin = data.rfind(b"\n", 0, end_off) + 1
    end_col = _char_column(data[end_line_begin:end_off], int(raw.end.get("col", 1)))

    key = (raw.rule_id, raw.target.path, normalize_code(matched))
    ordinal = ordinal_counts.get(key, 0)
    ordinal_counts[key] = ordinal + 1

    metadata = raw.extra.get("metadata") or {}
    if not isinstance(metadata, Mapping):
        metadata = {}
    message = str(raw.extra.get("message", "")).strip()
    try:
        severity = Severity(str(metadata.get("trace-severity", "")).lower())
    except ValueError:
        severity = _SEMGREP_SEVERITY.get(
            str(raw.extra.get("severity", "")).upper(), Severity.MEDIUM
        )
    confidence = str(metadata.get("confidence", "medium")).lower()
    if confidence not in ("high", "medium", "low"):
        confidence = "medium"
    extra: dict[str, Any] = {}
    if metadata.get("category"):
        extra["category"] = str(metadata["category"])
    if metadata.get("references"):
        extra["references"] = [str(r) for r in metadata["references"]][:5]
    steps = dataflow_steps(raw.extra.get("dataflow_trace"), raw.target.path, data, read_other)
    if steps:
        extra[DATAFLOW] = steps
    literal = _credential_literal(metadata, data[start_off:end_off])
    if literal:
        extra.update(redaction.credential_extra(literal))
    finding = Finding(
        engine=Engine.SAST,
        rule_id=raw.rule_id,
        severity=severity,
        title=str(metadata.get("title") or _title(message, raw.rule_id)),
        message=message,
        location=Location(
            path=raw.target.path,
            start_line=start_line,
            end_line=end_line,
            start_column=start_col,
            end_column=end_col,
        ),
        fingerprint=sast_fingerprint(raw.rule_id, raw.target.path, matched, ordinal),
        snippet=snippet,
        cwe=_as_tuple(metadata.get("cwe"), _CWE_ID),
        owasp=_as_tuple(metadata.get("owasp"), _OWASP_ID),
        confidence=confidence,
        extra=extra,
    )
    return finding, literal


def _line_text(data: bytes, line: int) -> str:
    """Line ``line`` (1-based) of the file, cut from its bytes (semgrep's own text is not
    trusted: CE may print placeholders instead of code)."""
    lines = data.split(b"\n", line)
    if line < 1 or len(lines) < line:
        return ""
    return lines[line - 1].decode("utf-8", "replace").strip()[:MAX_STEP_CHARS]


# a file another file's trace runs through (a helper's caller), by the path semgrep printed:
# its path as the walk names it, and its content; None when it is not a target
ReadOther = Callable[[str], tuple[str, bytes] | None]


def _step(
    kind: str, location: Any, path: str, data: bytes, read_other: ReadOther | None
) -> dict[str, Any] | None:
    if not isinstance(location, Mapping):
        return None
    start = location.get("start")
    line = int(start.get("line", 0)) if isinstance(start, Mapping) else 0
    if line < 1:
        return None
    printed = str(location.get("path", ""))
    if os.path.normpath(printed) == os.path.normpath(path):
        return {"kind": kind, "path": path, "line": line, "code": _line_text(data, line)}
    # a step in another file (a trace through a helper of another file, helper_links.py)
    other = read_other(printed) if read_other is not None else None
    if other is None:  # not a target: its place, no code
        return {"kind": kind, "path": printed[:1000], "line": line, "code": ""}
    return {"kind": kind, "path": other[0], "line": line, "code": _line_text(other[1], line)}


def _cli_location(node: Any) -> Any:
    """The location of a ``["CliLoc", [loc, text]]`` or ``["CliCall", [[loc, text], ...]]``."""
    if not (isinstance(node, list) and len(node) == 2 and isinstance(node[1], list)):
        return None
    kind, body = node
    if kind == "CliLoc" and body:
        return body[0]
    if kind == "CliCall" and body and isinstance(body[0], list) and body[0]:
        return body[0][0]
    return None


def dataflow_steps(
    trace: Any, path: str, data: bytes, read_other: ReadOther | None = None
) -> list[dict[str, Any]]:
    """semgrep's ``dataflow_trace`` of a taint finding as source → intermediate → sink steps,
    each with its line's code cut from its file; [] when semgrep reported none."""
    if not isinstance(trace, Mapping):
        return []
    found = [_step("source", _cli_location(trace.get("taint_source")), path, data, read_other)]
    for var in trace.get("intermediate_vars") or []:
        if isinstance(var, Mapping):
            found.append(_step("step", var.get("location"), path, data, read_other))
    found.append(_step("sink", _cli_location(trace.get("taint_sink")), path, data, read_other))
    steps = [step for step in found if step is not None]
    # semgrep lists the source's and the sink's own lines among the intermediate variables too;
    # an intermediate step on the line of its neighbour says nothing new
    kept: list[dict[str, Any]] = []
    for i, step in enumerate(steps):
        place = (step["path"], step["line"])
        after = steps[i + 1] if i + 1 < len(steps) else None
        if step["kind"] == "step" and (
            (kept and (kept[-1]["path"], kept[-1]["line"]) == place)
            or (
                after is not None
                and after["kind"] == "sink"
                and (after["path"], after["line"]) == place
            )
        ):
            continue
        kept.append(step)
    if len(kept) > MAX_STEPS:
        # a long trace (through helpers) keeps its start and its sink; the middle is elided
        return [*kept[: MAX_STEPS - 1], kept[-1]]
    return kept


def _credential_literal(metadata: Mapping[str, Any], matched: bytes) -> bytes:
    """The secret a credential rule matched (its match is the literal, quotes or not)."""
    if not metadata.get("trace-credential-literal"):
        return b""
    literal = matched.strip()
    if len(literal) >= 2 and literal[:1] == literal[-1:] and literal[:1] in (b'"', b"'", b"`"):
        literal = literal[1:-1]
    return literal


class TargetIndex:
    """Maps the path strings semgrep prints back to the walk's targets.

    Targets are passed relative to the scan root (semgrep runs with the root as its working
    directory): with absolute paths semgrep 1.185 spends about 3x the CPU per file.
    """

    def __init__(self, targets: Iterable[TargetFile], root: Path) -> None:
        self._args: dict[str, str] = {}
        self._by_arg: dict[str, TargetFile] = {}
        base = os.fsdecode(root)
        for target in targets:
            absolute = os.fsdecode(target.abspath)
            arg = os.path.relpath(absolute, base)
            if arg == ".." or arg.startswith(".." + os.sep):
                arg = absolute  # not under the root (should not happen): keep it unambiguous
            self._args[target.path] = arg
            self._by_arg[arg] = target
            self._by_arg[os.path.normpath(arg)] = target

    def arg_for(self, target: TargetFile) -> str:
        return self._args[target.path]

    def lookup(self, printed: str) -> TargetFile | None:
        return self._by_arg.get(printed) or self._by_arg.get(os.path.normpath(printed))


def parse_output(document: Mapping[str, Any], index: TargetIndex, out: ParsedOutput) -> None:
    """Adds the findings, per-file coverage and engine-level errors of one semgrep run."""
    out.version = str(document.get("version") or out.version)
    raws: list[_Raw] = []
    for result in document.get("results") or []:
        if not isinstance(result, Mapping):
            continue
        target = index.lookup(str(result.get("path", "")))
        if target is None:
            logger.warning("sast.unknown_result_path", extra={"rule_id": result.get("check_id")})
            continue
        raws.append(
            _Raw(
                rule_id=str(result.get("check_id", "")),
                target=target,
                start=result.get("start") or {},
                end=result.get("end") or {},
                extra=result.get("extra") or {},
            )
        )
    raws.sort(
        key=lambda r: (
            r.target.path,
            int(r.start.get("offset", 0)),
            int(r.end.get("offset", 0)),
            r.rule_id,
        )
    )
    cache = _FileCache(index)
    built = [_finding(raw, cache.get(raw.target), out.ordinals, cache.other) for raw in raws]
    literals = out.literals
    for finding, literal in built:
        if literal:
            literals.setdefault(finding.location.path, []).append(literal)
    # A credential literal is masked in every finding of its file, not only its own: another
    # rule's match on the same line, or a trace step, quotes the same code; and in every trace
    # step quoting its file from another file's finding.
    for finding, _ in built:
        quoted = {finding.location.path} | {
            str(step.get("path")) for step in finding.extra.get(DATAFLOW) or ()
        }
        values = [v for path in sorted(quoted) for v in literals.get(path, ())]
        out.findings.append(redaction.redact_finding(finding, values))

    for error in document.get("errors") or []:
        if not isinstance(error, Mapping):
            continue
        kind = _error_kind(error.get("type"))
        printed = error.get("path")
        target = index.lookup(str(printed)) if printed else None
        if target is not None:
            status, reason = _coverage_for_error(kind, str(error.get("rule_id") or ""))
            _merge_coverage(out.coverage, target.path, status, reason)
        elif str(error.get("level", "")).lower() == "error":
            # Not tied to a target: a rule or engine problem. Our words, never semgrep's text
            # (which may quote file content).
            out.engine_errors.append(f"semgrep reported an engine error ({kind})")


def without_yielded(
    findings: Sequence[Finding], rules_by_id: Mapping[str, Mapping[str, Any]]
) -> list[Finding]:
    """One finding per flaw across rules: a rule whose metadata names rules it yields to
    (``trace-yields-to``: a stored-URL rule yields to the request-data rule of its class) drops
    its finding on a line where one of those reports, in any run."""
    reported = {(f.location.path, f.location.start_line, f.rule_id) for f in findings}
    kept: list[Finding] = []
    for finding in findings:
        metadata = (rules_by_id.get(finding.rule_id) or {}).get("metadata") or {}
        place = (finding.location.path, finding.location.start_line)
        if any((*place, other) in reported for other in metadata.get("trace-yields-to") or ()):
            continue
        kept.append(finding)
    return kept
