"""One decision per vulnerable package: the upgrade that fixes all of its advisories.

Findings stay one per advisory (their fingerprints carry triage); this module groups them by
installed package (ecosystem, name, version, manifest) and says what to do: the lowest version
that fixes every advisory of the group, whether that crosses a major version, and which
advisories no release fixes. The CLI calls it on a scan's findings and the dashboard on stored
rows, so both show the same decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tracesec.engines.humanize import counted
from tracesec.engines.model import Engine, Finding, Severity
from tracesec.engines.sca import names, versions

_LEADING_NUMBER = re.compile(r"^[vV]?(?:\d+!)?(\d+)")


@dataclass(frozen=True, slots=True)
class AdvisoryRow:
    """What a decision needs from one SCA finding (a scan's Finding or a stored row)."""

    ecosystem: str
    package: str
    version: str
    manifest_path: str
    advisory_id: str
    fixed_version: str | None
    severity: Severity
    fingerprint: str = ""
    direct: bool | None = None
    dev: bool | None = None
    imported: bool | None = None

    @classmethod
    def from_extra(
        cls, extra: Mapping[str, Any], severity: Severity, fingerprint: str = ""
    ) -> AdvisoryRow:
        """From the ``extra`` mapping the SCA engine writes on every finding."""
        fixed = extra.get("fixed_version")

        def flag(key: str) -> bool | None:
            value = extra.get(key)
            return value if isinstance(value, bool) else None

        return cls(
            ecosystem=str(extra.get("ecosystem", "")),
            package=str(extra.get("package", "")),
            version=str(extra.get("version", "")),
            manifest_path=str(extra.get("manifest_path", "")),
            advisory_id=str(extra.get("advisory_id", "")),
            fixed_version=str(fixed) if fixed else None,
            severity=severity,
            fingerprint=fingerprint,
            direct=flag("direct"),
            dev=flag("dev"),
            imported=flag("imported"),
        )

    @classmethod
    def from_finding(cls, finding: Finding) -> AdvisoryRow:
        return cls.from_extra(finding.extra, finding.severity, finding.fingerprint)


@dataclass(frozen=True, slots=True)
class PackageDecision:
    ecosystem: str
    package: str
    version: str
    manifest_path: str
    severity: Severity  # the worst of its advisories
    advisories: tuple[str, ...]  # canonical advisory ids, sorted
    fingerprints: tuple[str, ...]  # of the per-advisory findings, in advisory order
    fixed_version: str | None  # lowest version fixing every fixable advisory
    unfixed: tuple[str, ...]  # advisories no release fixes
    major_upgrade: bool | None  # None when unknown (no fix, or versions without a major)
    direct: bool | None = None
    dev: bool | None = None
    imported: bool | None = None  # does the repository's code import it (None: unknown)

    @property
    def context(self) -> str:
        """What is known of how the package is used ("direct, runtime, imported by the code")."""
        parts = []
        if self.direct is not None:
            parts.append("direct" if self.direct else "transitive")
        if self.dev is not None:
            parts.append("dev/test" if self.dev else "runtime")
        if self.imported is not None:
            parts.append("imported by the code" if self.imported else "not imported by the code")
        return ", ".join(parts)

    @property
    def key(self) -> str:
        return f"{self.ecosystem}|{self.manifest_path}|{self.package}|{self.version}"

    @property
    def advice(self) -> str:
        """One sentence: "upgrade django 3.2.0 → 3.2.25 fixes 21 advisories"."""
        fixable = len(self.advisories) - len(self.unfixed)
        parts: list[str] = []
        if self.fixed_version:
            text = (
                f"upgrade {self.package} {self.version} \u2192 {self.fixed_version} fixes "
                f"{counted(fixable, 'advisory', 'advisories')}"
            )
            if self.major_upgrade:
                text += " (major version upgrade)"
            parts.append(text)
        if self.unfixed:
            parts.append(
                f"{counted(len(self.unfixed), 'advisory', 'advisories')} without a fixed "
                f"version ({', '.join(self.unfixed)}): consider replacing {self.package}"
            )
        return "; ".join(parts)


def major_of(version: str) -> int | None:
    """The major version number (PEP 440 epoch and a Go "v" prefix ignored), if it has one."""
    match = _LEADING_NUMBER.match(version.strip())
    return int(match.group(1)) if match else None


def crosses_major(current: str, target: str) -> bool | None:
    before, after = major_of(current), major_of(target)
    if before is None or after is None:
        return None
    return after > before


def highest(ecosystem: str, candidates: Iterable[str]) -> str | None:
    """The highest version in the ecosystem's ordering (string order if one does not parse)."""
    items = sorted(set(candidates))
    if not items:
        return None
    try:
        return max(items, key=lambda text: versions.parse(ecosystem, text))
    except versions.VersionError:
        return max(items)


def _decide(rows: list[AdvisoryRow]) -> PackageDecision:
    first = rows[0]
    by_id: dict[str, AdvisoryRow] = {}
    for row in sorted(rows, key=lambda r: r.advisory_id):
        by_id.setdefault(row.advisory_id, row)
    unique = list(by_id.values())
    fixed = highest(first.ecosystem, (r.fixed_version for r in unique if r.fixed_version))
    return PackageDecision(
        ecosystem=first.ecosystem,
        package=first.package,
        version=first.version,
        manifest_path=first.manifest_path,
        severity=max((r.severity for r in unique), key=lambda s: s.rank),
        advisories=tuple(by_id),
        fingerprints=tuple(r.fingerprint for r in unique),
        fixed_version=fixed,
        unfixed=tuple(r.advisory_id for r in unique if not r.fixed_version),
        major_upgrade=crosses_major(first.version, fixed) if fixed else None,
        direct=first.direct,
        dev=first.dev,
        imported=first.imported,
    )


def _likely(flag: bool | None) -> int:
    # known-yes first, unknown next, known-no last
    return 0 if flag else (1 if flag is None else 2)


def rank(decision: PackageDecision) -> tuple[int, int, int, int, int]:
    """Sort key: worst severity, then what the code imports, direct, runtime, most advisories.

    Context only orders the list; nothing is hidden because of it.
    """
    runtime = None if decision.dev is None else not decision.dev
    return (
        -decision.severity.rank,
        _likely(decision.imported),
        _likely(decision.direct),
        _likely(runtime),
        -len(decision.advisories),
    )


def decide(rows: Iterable[AdvisoryRow]) -> list[PackageDecision]:
    """One decision per installed package, most urgent first (see ``rank``)."""
    groups: dict[tuple[str, str, str, str], list[AdvisoryRow]] = {}
    for row in rows:
        name = names.normalize(row.ecosystem, row.package) if row.ecosystem else row.package
        groups.setdefault((row.ecosystem, name, row.version, row.manifest_path), []).append(row)
    decisions = [_decide(group) for group in groups.values()]
    decisions.sort(key=lambda d: (*rank(d), d.manifest_path, d.package, d.version))
    return decisions


def decide_findings(findings: Iterable[Finding]) -> list[PackageDecision]:
    """Decisions for the SCA findings of a scan result (other engines' findings are ignored)."""
    return decide(AdvisoryRow.from_finding(f) for f in findings if f.engine is Engine.SCA)
