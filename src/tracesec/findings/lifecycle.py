"""The pure state logic of recording one scan's findings against a repository's history.

No Django here: ``findings_record`` loads the repository's previous findings into
:class:`PriorFinding` values, calls :func:`plan_record`, and applies the resulting
:class:`RecordPlan` in bulk. Keeping the decision pure keeps it table-testable.

Rules (the promise made to users who triage):

- A finding's identity is its fingerprint; triage follows it across scans and code moves.
- *new*: never seen before in this repository.
- *fixed*: previously open or ignored, absent now, **and** we can prove absence: its engine ran
  in this scan, finished without error (``ok``) and read every file it should (``complete``),
  and the finding's file has no coverage problem (skipped, timed out, failed to parse, failed)
  for that engine. History-only secrets are only fixable by a scan that read history. Anything
  less and the finding is left as it was (*unseen*): a failed, partial or timed-out scan never
  marks anything fixed.
- *reopened*: previously fixed, seen again.
- An ignored finding stays ignored while it is seen. If it disappears it becomes fixed but its
  triage (reason, expiry) is remembered, so if the same fingerprint comes back it comes back
  ignored rather than nagging the team again.
- An ignore whose expiry has passed ends: the finding is open again (or fixed when absent
  and provably gone) and the remembered triage is cleared.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from tracesec.engines.model import CoverageStatus, Engine, Finding, ScanResult


class FindingStatus(enum.StrEnum):
    OPEN = "open"
    IGNORED = "ignored"
    FIXED = "fixed"


class Outcome(enum.StrEnum):
    """What recording one scan did to one fingerprint."""

    NEW = "new"  # first time seen: open
    STILL_OPEN = "still_open"  # open and seen again
    STILL_IGNORED = "still_ignored"  # ignored (ignore still valid) and seen again
    REOPENED = "reopened"  # was fixed, seen again: open
    RETURNED_IGNORED = "returned_ignored"  # was fixed with a still-valid ignore: ignored again
    IGNORE_EXPIRED = "ignore_expired"  # ignore ran out: open again
    FIXED = "fixed"  # provably absent
    UNSEEN = "unseen"  # absent, but this scan cannot prove it: left as it was


# Outcomes where the finding was present in this scan (last_seen moves to this scan).
SEEN_OUTCOMES = frozenset(
    {
        Outcome.NEW,
        Outcome.STILL_OPEN,
        Outcome.STILL_IGNORED,
        Outcome.REOPENED,
        Outcome.RETURNED_IGNORED,
    }
)

# Statuses a problem coverage record puts a file in: nothing absent there is provably gone.
_NOT_COVERED = frozenset(
    {
        CoverageStatus.SKIPPED,
        CoverageStatus.TIMED_OUT,
        CoverageStatus.PARSE_ERROR,
        CoverageStatus.FAILED,
    }
)


@dataclass(frozen=True, slots=True)
class PriorFinding:
    """What the repository already knows about one fingerprint."""

    fingerprint: str
    engine: Engine
    path: str
    status: FindingStatus
    # remembered triage of a *fixed* finding that was ignored when it disappeared
    # (an IGNORED status implies it); meaningless for an open finding
    ignored: bool = False
    ignore_expires_at: datetime | None = None
    # secrets found only in git history: absence only counts when history was scanned
    history_only: bool = False


@dataclass(frozen=True, slots=True)
class Transition:
    fingerprint: str
    outcome: Outcome
    from_status: FindingStatus | None  # None for NEW
    to_status: FindingStatus
    clear_ignore: bool = False  # forget the remembered triage (expired ignore)

    @property
    def seen(self) -> bool:
        return self.outcome in SEEN_OUTCOMES

    @property
    def changed(self) -> bool:
        return self.from_status != self.to_status or self.clear_ignore


@dataclass(frozen=True, slots=True)
class RecordPlan:
    transitions: Mapping[str, Transition]
    # the findings of this scan, one per fingerprint (duplicates dropped, first kept)
    present: Mapping[str, Finding]
    duplicates: int = 0
    # engines whose absences count in this scan (ok, complete, and run)
    conclusive_engines: frozenset[Engine] = field(default_factory=frozenset)

    def by_outcome(self, outcome: Outcome) -> list[str]:
        return [fp for fp, t in self.transitions.items() if t.outcome is outcome]

    def counts(self) -> dict[str, int]:
        counter = Counter(t.outcome.value for t in self.transitions.values())
        return {outcome.value: counter.get(outcome.value, 0) for outcome in Outcome}


def _ignore_state(prior: PriorFinding, now: datetime) -> tuple[bool, bool]:
    """(active, expired) for the finding's ignore; an open finding has none."""
    has_ignore = prior.status is FindingStatus.IGNORED or (
        prior.status is FindingStatus.FIXED and prior.ignored
    )
    if not has_ignore:
        return False, False
    active = prior.ignore_expires_at is None or prior.ignore_expires_at > now
    return active, not active


def conclusive_engines(result: ScanResult) -> frozenset[Engine]:
    """Engines whose silence about a file means "nothing there": ran, ok and complete."""
    return frozenset(s.engine for s in result.engines if s.ok and s.complete)


def uncovered_paths(result: ScanResult) -> dict[Engine, frozenset[str]]:
    """Per engine, the paths this scan did not fully read (walk-level skips apply to all)."""
    every: set[str] = set()
    per_engine: dict[Engine, set[str]] = {engine: set() for engine in Engine}
    for record in result.coverage:
        if record.status not in _NOT_COVERED:
            continue
        if record.engine is None:
            every.add(record.path)
        else:
            per_engine[record.engine].add(record.path)
    return {engine: frozenset(paths | every) for engine, paths in per_engine.items()}


def _dedupe(findings: Iterable[Finding]) -> tuple[dict[str, Finding], int]:
    present: dict[str, Finding] = {}
    duplicates = 0
    for finding in findings:
        if finding.fingerprint in present:
            duplicates += 1
            continue
        present[finding.fingerprint] = finding
    return present, duplicates


def _seen(prior: PriorFinding | None, now: datetime) -> tuple[Outcome, FindingStatus, bool]:
    if prior is None:
        return Outcome.NEW, FindingStatus.OPEN, False
    active, expired = _ignore_state(prior, now)
    if prior.status is FindingStatus.FIXED:
        if active:
            return Outcome.RETURNED_IGNORED, FindingStatus.IGNORED, False
        return Outcome.REOPENED, FindingStatus.OPEN, expired
    if prior.status is FindingStatus.IGNORED:
        if active:
            return Outcome.STILL_IGNORED, FindingStatus.IGNORED, False
        return Outcome.IGNORE_EXPIRED, FindingStatus.OPEN, True
    return Outcome.STILL_OPEN, FindingStatus.OPEN, False


def _absent(
    prior: PriorFinding, now: datetime, provably_gone: bool
) -> tuple[Outcome, FindingStatus, bool] | None:
    if prior.status is FindingStatus.FIXED:
        return None  # nothing to do: still gone
    _active, expired = _ignore_state(prior, now)
    if provably_gone:
        # an active ignore is remembered (it comes back ignored); an expired one is dropped
        return Outcome.FIXED, FindingStatus.FIXED, expired
    if expired:
        return Outcome.IGNORE_EXPIRED, FindingStatus.OPEN, True
    return Outcome.UNSEEN, prior.status, False


def plan_record(
    *,
    prior: Mapping[str, PriorFinding],
    result: ScanResult,
    now: datetime,
    history_scanned: bool = False,
) -> RecordPlan:
    """Decide, for every fingerprint old or new, what this scan does to it."""
    present, duplicates = _dedupe(result.findings)
    conclusive = conclusive_engines(result)
    uncovered = uncovered_paths(result)
    transitions: dict[str, Transition] = {}

    for fingerprint in present:
        before = prior.get(fingerprint)
        outcome, to_status, clear = _seen(before, now)
        transitions[fingerprint] = Transition(
            fingerprint=fingerprint,
            outcome=outcome,
            from_status=before.status if before else None,
            to_status=to_status,
            clear_ignore=clear,
        )

    for fingerprint, before in prior.items():
        if fingerprint in present:
            continue
        provably_gone = (
            before.engine in conclusive
            and before.path not in uncovered[before.engine]
            and (history_scanned or not before.history_only)
        )
        decided = _absent(before, now, provably_gone)
        if decided is None:
            continue
        outcome, to_status, clear = decided
        transitions[fingerprint] = Transition(
            fingerprint=fingerprint,
            outcome=outcome,
            from_status=before.status,
            to_status=to_status,
            clear_ignore=clear,
        )

    return RecordPlan(
        transitions=transitions,
        present=present,
        duplicates=duplicates,
        conclusive_engines=conclusive,
    )
