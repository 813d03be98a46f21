"""SAST on the hand-written probes (benchmarks/probes/README.md): how many `VULN` lines are
reported and how many `SAFE` lines are, by the line each finding starts on.

A second, looser count says how many of the vulnerable lines missed are reported on another
line of the same flaw: a finding of the mark's class (by its rule's family, `sqli` ->
`sql-injection`) starting at most ``NEARBY`` lines before or after the mark, that no other mark
of that class is nearer to and that starts on no marked line itself (a trust-all manager
reported at its empty `checkServerTrusted` with the mark on `sslContext.init`, a weak hash at
`getInstance` with the mark on `digest`). The exact count is the score; the loose one tells a
miss from a disagreement about which line to mark. Safe lines are counted exactly only.

A third count is of the findings on lines nobody marked, near no vulnerable mark of their
class: neither score counts them, and a false alarm there goes unseen (a handler's own
`request.input('since')` read as an HTTP client's call). ``--unmarked`` lists them.

Usage::

    uv run python benchmarks/bench_probes.py [PROBES_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tracesec.engines.model import Engine, Finding, ScanConfig
from tracesec.engines.scan import scan

# `# VULN`, `// SAFE`, in JSX `{/* VULN xss */}`, in Blade, Handlebars and HTML
# `{{-- VULN xss --}}`, `{{!-- ... --}}`, `<!-- ... -->`, in Razor `@* VULN xss *@`, in Qute
# `{! VULN xss !}`, in Latte and Smarty `{* VULN xss *}`; the class follows the verdict
_MARK = re.compile(r"(?:#|//|/\*|--|@\*|\{!|\{\*) (VULN|SAFE)\b(?:\s+([a-z][a-z-]*))?")
NEARBY = 6
# the marks' class words (each probe set spells them its own way) -> rule families
# (trace.<language>.<family>.<rule>)
_FAMILIES = {
    "sqli": {"sql-injection"},
    "nosqli": {"nosql-injection"},
    "nosql": {"nosql-injection"},
    "cmdi": {"command-injection"},
    "command-injection": {"command-injection"},
    "code": {"code-injection"},
    "path": {"path-traversal", "archive-extraction"},
    "path-traversal": {"path-traversal", "archive-extraction"},
    "zipslip": {"archive-extraction", "path-traversal"},
    "ssrf": {"ssrf"},
    "redirect": {"open-redirect"},
    "open-redirect": {"open-redirect"},
    "xss": {"xss"},
    "ssti": {"template-injection"},
    "xxe": {"xxe"},
    "deser": {"deserialization"},
    "deserialization": {"deserialization"},
    "ldap": {"ldap-injection"},
    "ldapi": {"ldap-injection"},
    "ldap-injection": {"ldap-injection"},
    "xpath": {"xpath-injection"},
    "xpathi": {"xpath-injection"},
    "xpath-injection": {"xpath-injection"},
    "proto": {"prototype-pollution"},
    "prototype-pollution": {"prototype-pollution"},
    "tls": {"tls-verification"},
    "insecure-tls": {"tls-verification"},
    "secret": {"hardcoded-credentials"},
    "hardcoded-secret": {"hardcoded-credentials"},
    "random": {"insecure-randomness"},
    "weak-random": {"insecure-randomness"},
    "hash": {"weak-crypto"},
    "weak-hash": {"weak-crypto"},
    "cors": {"cors"},
    "jwt": {"jwt"},
    "jwt-unverified": {"jwt"},
}


@dataclass(frozen=True)
class _Mark:
    path: str
    line: int
    vulnerable: bool
    families: frozenset[str]


def _marks(root: Path) -> list[_Mark]:
    found: list[_Mark] = []
    # a manifest's or README's prose may quote a mark; only code and templates carry them
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".md"):
        rel = path.relative_to(root).as_posix()
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            mark = _MARK.search(line)
            if mark is not None:
                families = frozenset(_FAMILIES.get(mark.group(2) or "", ()))
                found.append(_Mark(rel, number, mark.group(1) == "VULN", families))
    return found


def _family(finding: Finding) -> str:
    parts = finding.rule_id.split(".")
    return parts[2] if len(parts) > 3 else ""


def _nearby(mark: _Mark, marks: Sequence[_Mark], findings: Sequence[Finding]) -> bool:
    """Whether a finding of the mark's class starts near it, nearer to it than to any other
    mark of that class, and on no marked line."""
    marked = {(m.path, m.line) for m in marks if m.path == mark.path}
    for finding in findings:
        where = finding.location
        if where.path != mark.path or _family(finding) not in mark.families:
            continue
        distance = abs(where.start_line - mark.line)
        if distance > NEARBY or (where.path, where.start_line) in marked:
            continue
        rivals = [
            m
            for m in marks
            if m is not mark and m.path == mark.path and _family(finding) in m.families
        ]
        if all(abs(where.start_line - m.line) > distance for m in rivals):
            return True
    return False


def _unmarked(marks: Sequence[_Mark], findings: Sequence[Finding]) -> list[Finding]:
    """The findings on no marked line and at most ``NEARBY`` lines from no vulnerable mark
    of their class (one per line and rule)."""
    marked = {(m.path, m.line) for m in marks}
    out: dict[tuple[str, int, str], Finding] = {}
    for finding in findings:
        where = finding.location
        if (where.path, where.start_line) in marked:
            continue
        if any(
            m.vulnerable
            and m.path == where.path
            and _family(finding) in m.families
            and abs(m.line - where.start_line) <= NEARBY
            for m in marks
        ):
            continue
        out.setdefault((where.path, where.start_line, finding.rule_id), finding)
    return list(out.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent / "probes"
    parser.add_argument("probes", nargs="?", type=Path, default=default)
    parser.add_argument("--unmarked", action="store_true", help="list the unmarked findings")
    args = parser.parse_args()
    vulnerable = found = near = safe = alarms = 0
    notes: list[str] = []
    unmarked: list[str] = []
    for root in sorted(p for p in args.probes.iterdir() if p.is_dir()):
        result = scan(root, ScanConfig(engines=(Engine.SAST,)))
        reported = {(f.location.path, f.location.start_line) for f in result.findings}
        marks = _marks(root)
        for mark in marks:
            hit = (mark.path, mark.line) in reported
            where = f"{root.name}/{mark.path}:{mark.line}"
            if mark.vulnerable:
                vulnerable += 1
                found += hit
                if not hit:
                    close = _nearby(mark, marks, result.findings)
                    near += close
                    label = "nearby      " if close else "missed      "
                    notes.append(f"{label} {where}")
            else:
                safe += 1
                alarms += hit
                if hit:
                    notes.append(f"false alarm  {where}")
        unmarked.extend(
            f"unmarked     {root.name}/{f.location.path}:{f.location.start_line} {f.rule_id}"
            for f in _unmarked(marks, result.findings)
        )
    print(f"vulnerable lines {vulnerable}, found {found}; safe lines {safe}, reported {alarms}")
    print(f"of the vulnerable lines missed, reported on another line of the flaw: {near}")
    print(f"findings on no marked line, near no vulnerable mark of their class: {len(unmarked)}")
    print("\n".join(notes + (sorted(unmarked) if args.unmarked else [])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
