"""The one result schema every engine fills and every output format renders.

Frozen dataclasses only: a finding's identity (``fingerprint``) never depends on line
numbers, so triage follows code moves. Raw secret values never appear here: the secrets
engine stores a SHA-256 and a masked preview in ``extra`` and a masked ``snippet``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"


class Engine(enum.StrEnum):
    SAST = "sast"
    SCA = "sca"
    SECRETS = "secrets"


ALL_ENGINES: tuple[Engine, ...] = (Engine.SAST, Engine.SCA, Engine.SECRETS)

# (engine, files done, files the engine has to do); called from the engines' own threads
FilesProgress = Callable[[Engine, int, int], None]


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for --fail-on and sorting."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}


class CoverageStatus(enum.StrEnum):
    """What happened to one file (or one engine-wide item) in one engine."""

    SCANNED = "scanned"
    SKIPPED = "skipped"  # deliberately not read: binary, too large, symlink, vendored ...
    TIMED_OUT = "timed_out"
    PARSE_ERROR = "parse_error"  # e.g. a malformed lockfile
    FAILED = "failed"  # engine error on this file


@dataclass(frozen=True, slots=True)
class Location:
    path: str  # POSIX path relative to the scan root
    start_line: int
    end_line: int
    start_column: int = 1
    end_column: int = 1


@dataclass(frozen=True, slots=True)
class Suppression:
    """Someone decided this finding is not to be fixed: SARIF readers show it as suppressed and
    ``--fail-on`` does not count it.

    ``source`` says where the decision lives: "triage" (ignored in the dashboard), "code" (a
    ``trace-ignore`` comment at ``path``:``line``) or "config" (an entry of ``.trace.yml``,
    ``line`` being the entry's position). See ``engines/suppressions.py``.
    """

    justification: str
    source: str = "triage"
    path: str = ""
    line: int = 0
    expires: str = ""  # ISO date after which a config entry no longer applies
    # triage only: the dashboard's reason code (false_positive, accepted_risk, used_in_tests,
    # wont_fix); VEX exports derive the CycloneDX analysis from it
    reason: str = ""
    # code/config: who wrote it, when the caller knows (the dashboard: the scanned commit's
    # author, since its clones are shallow and cannot be blamed line by line); triage: who
    # ignored it in the dashboard
    author: str = ""
    # when it was decided (ISO 8601), when the caller knows (the dashboard keeps it)
    decided_at: str = ""

    @property
    def where(self) -> str:
        """Where a repository suppression lives ("src/a.py:12", ".trace.yml entry 2");
        empty for the dashboard's own triage."""
        if self.source == "code":
            return f"{self.path}:{self.line}"
        if self.source == "config":
            return f"{self.path} entry {self.line}"
        return ""


# extra key of a SAST taint finding: [{"kind": "source"|"step"|"sink", "path", "line", "code"}]
DATAFLOW = "dataflow"
# How each step of that trace is named to people: in the dashboard and in SARIF code flows.
TAINT_STEP_LABELS = {"source": "Source", "step": "Through", "sink": "Sink"}


@dataclass(frozen=True, slots=True)
class Finding:
    engine: Engine
    rule_id: str
    severity: Severity
    title: str
    message: str
    location: Location
    fingerprint: str
    snippet: str = ""  # secrets: masked, always
    cwe: tuple[str, ...] = ()  # "CWE-89"
    owasp: tuple[str, ...] = ()  # "A03:2021"
    confidence: str = "medium"  # high / medium / low
    # SCA: ecosystem, package, version, purl, advisory_id, aliases, fixed_version, summary,
    #      manifest_path, direct
    # secrets: secret_sha256, masked_preview, first_commit, last_commit
    extra: Mapping[str, Any] = field(default_factory=dict)
    suppression: Suppression | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """One record per (engine, path) that was not plainly scanned, plus per-engine totals.

    Files scanned normally are counted in ``EngineStatus.files_scanned`` rather than listed,
    so a 100k-file repository does not produce 100k coverage rows.
    """

    engine: Engine | None  # None: skipped by the walk for every engine
    path: str
    status: CoverageStatus
    reason: str


@dataclass(frozen=True, slots=True)
class EngineStatus:
    engine: Engine
    ok: bool  # False when the engine failed as a whole
    complete: bool  # True when every file it should read was read without error/timeout
    files_scanned: int
    seconds: float
    error: str = ""  # engine-level error in words a user can act on (never a stack trace)
    version: str = ""  # e.g. semgrep version, rules digest, OSV index date


@dataclass(frozen=True, slots=True)
class Package:
    """An inventory entry found by an SCA extractor."""

    # OSV ecosystem name: PyPI, npm, Go, crates.io, Maven, RubyGems, Packagist, NuGet
    ecosystem: str
    name: str
    version: str
    manifest_path: str
    line: int = 0
    purl: str = ""
    direct: bool | None = None
    dev: bool | None = None
    # (algorithm, lowercase hex) as the lockfile records them; algorithm in CycloneDX's
    # spelling ("SHA-256", "SHA-512"); empty when the format has none
    hashes: tuple[tuple[str, str], ...] = ()
    # purls of the packages this one depends on, where the lockfile records the graph
    depends_on: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScanConfig:
    engines: tuple[Engine, ...] = ALL_ENGINES
    max_file_bytes: int = 2 * 1024 * 1024
    skip_vendored: bool = True
    history: bool = False  # secrets: also scan git history
    history_since: str | None = None  # history: only commits after this one (full commit id)
    # the local OSV index; without one SCA reports an engine error and finds nothing
    osv_db: Path | None = None
    sast_timeout_seconds: int = 600  # wall clock for the whole semgrep run
    # semgrep's --timeout: per rule and file, semgrep's own default; at the first timeout the
    # file is dropped (coverage says so; see command.py). 30 s let one generated or vendored
    # file cost 90 s of a core and gave nothing: the rules that ran that long timed out too.
    sast_per_file_timeout_seconds: int = 5
    sast_memory_mb: int = 4096  # per semgrep job: the address-space limit is this x jobs
    sast_jobs: int = 0  # semgrep jobs; 0: every usable core (affinity and cgroup quota)
    # SAST also analyses test code (engines/sast/scope.py); secrets and SCA always do
    sast_test_code: bool = False
    secrets_timeout_seconds: int = 300
    sca_timeout_seconds: int = 300
    # honour ``trace-ignore`` comments (an organization may allow only .trace.yml and triage)
    in_code_suppressions: bool = True
    # per-file result cache shared by scans (see resultcache.py); None: analyse every file
    cache_dir: Path | None = None
    cache_max_bytes: int = 1024 * 1024 * 1024
    # analyse only these paths (a diff scan); SCA still resolves includes among all files
    only_paths: frozenset[str] | None = None
    # told how many files each engine has done, for a progress display (engines.progress);
    # not part of what a scan computes, so not compared
    files_progress: FilesProgress | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ScanResult:
    root: str
    findings: tuple[Finding, ...]
    coverage: tuple[Coverage, ...]
    engines: tuple[EngineStatus, ...]
    inventory: tuple[Package, ...] = ()
    errors: tuple[str, ...] = ()  # engine-level errors, also reflected in EngineStatus
    timings: Mapping[str, float] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    @property
    def complete(self) -> bool:
        return all(status.ok and status.complete for status in self.engines)


@dataclass(frozen=True, slots=True)
class TargetFile:
    """One regular file chosen by the single walk of the tree (see ``targets.py``)."""

    path: str  # POSIX path relative to the scan root
    abspath: Path
    size: int


@dataclass(frozen=True, slots=True)
class EngineOutcome:
    """What one engine hands back to the orchestrator."""

    status: EngineStatus
    findings: tuple[Finding, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    inventory: tuple[Package, ...] = ()
