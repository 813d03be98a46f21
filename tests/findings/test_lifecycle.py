"""Table-driven tests of the pure lifecycle decision (no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineStatus,
    Finding,
    Location,
    ScanResult,
    Severity,
)
from tracesec.findings.lifecycle import (
    FindingStatus,
    Outcome,
    PriorFinding,
    RecordPlan,
    plan_record,
)

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PAST = NOW - timedelta(days=1)
FUTURE = NOW + timedelta(days=30)

OPEN = FindingStatus.OPEN
IGNORED = FindingStatus.IGNORED
FIXED = FindingStatus.FIXED


def finding(fp: str, engine: Engine = Engine.SAST, path: str = "app.py") -> Finding:
    return Finding(
        engine=engine,
        rule_id=f"rule-{fp}",
        severity=Severity.HIGH,
        title="t",
        message="m",
        location=Location(path=path, start_line=1, end_line=1),
        fingerprint=fp,
    )


def status(engine: Engine, ok: bool = True, complete: bool = True) -> EngineStatus:
    return EngineStatus(engine=engine, ok=ok, complete=complete, files_scanned=3, seconds=0.1)


ALL_OK = (status(Engine.SAST), status(Engine.SCA), status(Engine.SECRETS))


def result(
    findings: tuple[Finding, ...] = (),
    engines: tuple[EngineStatus, ...] = ALL_OK,
    coverage: tuple[Coverage, ...] = (),
) -> ScanResult:
    return ScanResult(root="/tmp/x", findings=findings, coverage=coverage, engines=engines)


def prior(
    fp: str,
    st: FindingStatus,
    engine: Engine = Engine.SAST,
    path: str = "app.py",
    ignored: bool = False,
    expires: datetime | None = None,
    history_only: bool = False,
) -> PriorFinding:
    return PriorFinding(
        fingerprint=fp,
        engine=engine,
        path=path,
        status=st,
        ignored=ignored,
        ignore_expires_at=expires,
        history_only=history_only,
    )


@dataclass
class Case:
    name: str
    priors: tuple[PriorFinding, ...]
    scan: ScanResult
    expected: dict[str, tuple[Outcome, FindingStatus, bool]]  # fp -> (outcome, status, clear)
    history_scanned: bool = False
    absent: tuple[str, ...] = field(default=())  # fingerprints with no transition at all


CASES = [
    Case(
        "first scan: everything new and open",
        (),
        result((finding("a"), finding("b", Engine.SCA, "requirements.txt"))),
        {"a": (Outcome.NEW, OPEN, False), "b": (Outcome.NEW, OPEN, False)},
    ),
    Case(
        "open and seen again stays open",
        (prior("a", OPEN),),
        result((finding("a"),)),
        {"a": (Outcome.STILL_OPEN, OPEN, False)},
    ),
    Case(
        "open and absent from a complete scan of a covered file is fixed",
        (prior("a", OPEN),),
        result(()),
        {"a": (Outcome.FIXED, FIXED, False)},
    ),
    Case(
        "file deleted (no coverage record at all) still counts as covered",
        (prior("a", OPEN, path="gone.py"),),
        result((finding("b"),)),
        {"a": (Outcome.FIXED, FIXED, False), "b": (Outcome.NEW, OPEN, False)},
    ),
    Case(
        "engine failed: nothing from it is fixed",
        (prior("a", OPEN), prior("s", OPEN, Engine.SECRETS)),
        result(
            (), engines=(status(Engine.SAST, ok=False), status(Engine.SCA), status(Engine.SECRETS))
        ),
        {"a": (Outcome.UNSEEN, OPEN, False), "s": (Outcome.FIXED, FIXED, False)},
    ),
    Case(
        "engine partial (ok but incomplete): nothing from it is fixed",
        (prior("a", OPEN),),
        result((), engines=(status(Engine.SAST, complete=False), status(Engine.SCA))),
        {"a": (Outcome.UNSEEN, OPEN, False)},
    ),
    Case(
        "engine that did not run this scan: nothing from it is fixed",
        (prior("k", OPEN, Engine.SCA, "package-lock.json"),),
        result((), engines=(status(Engine.SAST), status(Engine.SECRETS))),
        {"k": (Outcome.UNSEEN, OPEN, False)},
    ),
    Case(
        "file timed out for this engine: not fixed, other files are",
        (prior("a", OPEN, path="slow.py"), prior("b", OPEN, path="fast.py")),
        result(
            (),
            coverage=(Coverage(Engine.SAST, "slow.py", CoverageStatus.TIMED_OUT, "30 s"),),
        ),
        {"a": (Outcome.UNSEEN, OPEN, False), "b": (Outcome.FIXED, FIXED, False)},
    ),
    Case(
        "lockfile failed to parse: SCA findings in it not fixed",
        (prior("k", OPEN, Engine.SCA, "poetry.lock"),),
        result(
            (),
            coverage=(Coverage(Engine.SCA, "poetry.lock", CoverageStatus.PARSE_ERROR, "bad"),),
        ),
        {"k": (Outcome.UNSEEN, OPEN, False)},
    ),
    Case(
        "a timeout for another engine on the same file does not block this engine",
        (prior("s", OPEN, Engine.SECRETS, "big.py"),),
        result(
            (),
            coverage=(Coverage(Engine.SAST, "big.py", CoverageStatus.TIMED_OUT, "30 s"),),
        ),
        {"s": (Outcome.FIXED, FIXED, False)},
    ),
    Case(
        "walk-level skip (too large now) applies to every engine",
        (prior("a", OPEN, path="huge.py"), prior("s", OPEN, Engine.SECRETS, "huge.py")),
        result((), coverage=(Coverage(None, "huge.py", CoverageStatus.SKIPPED, "> 2 MB"),)),
        {"a": (Outcome.UNSEEN, OPEN, False), "s": (Outcome.UNSEEN, OPEN, False)},
    ),
    Case(
        "fixed and seen again is reopened",
        (prior("a", FIXED),),
        result((finding("a"),)),
        {"a": (Outcome.REOPENED, OPEN, False)},
    ),
    Case(
        "fixed and still absent: no transition",
        (prior("a", FIXED),),
        result(()),
        {},
        absent=("a",),
    ),
    Case(
        "ignored and seen stays ignored",
        (prior("a", IGNORED, expires=FUTURE),),
        result((finding("a"),)),
        {"a": (Outcome.STILL_IGNORED, IGNORED, False)},
    ),
    Case(
        "ignored without expiry and seen stays ignored",
        (prior("a", IGNORED),),
        result((finding("a"),)),
        {"a": (Outcome.STILL_IGNORED, IGNORED, False)},
    ),
    Case(
        "ignored with expired ignore and seen reopens and forgets the ignore",
        (prior("a", IGNORED, expires=PAST),),
        result((finding("a"),)),
        {"a": (Outcome.IGNORE_EXPIRED, OPEN, True)},
    ),
    Case(
        "ignored and provably gone is fixed, ignore remembered",
        (prior("a", IGNORED, expires=FUTURE),),
        result(()),
        {"a": (Outcome.FIXED, FIXED, False)},
    ),
    Case(
        "ignored, expired, provably gone: fixed and ignore forgotten",
        (prior("a", IGNORED, expires=PAST),),
        result(()),
        {"a": (Outcome.FIXED, FIXED, True)},
    ),
    Case(
        "ignored, absent but not provable: stays ignored",
        (prior("a", IGNORED),),
        result((), engines=(status(Engine.SAST, ok=False),)),
        {"a": (Outcome.UNSEEN, IGNORED, False)},
    ),
    Case(
        "ignored, expired, absent but not provable: open again",
        (prior("a", IGNORED, expires=PAST),),
        result((), engines=(status(Engine.SAST, ok=False),)),
        {"a": (Outcome.IGNORE_EXPIRED, OPEN, True)},
    ),
    Case(
        "fixed with a remembered active ignore comes back ignored",
        (prior("a", FIXED, ignored=True, expires=FUTURE),),
        result((finding("a"),)),
        {"a": (Outcome.RETURNED_IGNORED, IGNORED, False)},
    ),
    Case(
        "fixed with a remembered expired ignore comes back open and forgets it",
        (prior("a", FIXED, ignored=True, expires=PAST),),
        result((finding("a"),)),
        {"a": (Outcome.REOPENED, OPEN, True)},
    ),
    Case(
        "an open finding ignores stale ignore fields",
        (prior("a", OPEN, ignored=True, expires=PAST),),
        result((finding("a"),)),
        {"a": (Outcome.STILL_OPEN, OPEN, False)},
    ),
    Case(
        "ignore expiring exactly now has expired",
        (prior("a", IGNORED, expires=NOW),),
        result((finding("a"),)),
        {"a": (Outcome.IGNORE_EXPIRED, OPEN, True)},
    ),
    Case(
        "history-only secret not fixed by a scan without history",
        (prior("h", OPEN, Engine.SECRETS, "old.env", history_only=True),),
        result(()),
        {"h": (Outcome.UNSEEN, OPEN, False)},
    ),
    Case(
        "history-only secret fixed by a complete history scan",
        (prior("h", OPEN, Engine.SECRETS, "old.env", history_only=True),),
        result(()),
        {"h": (Outcome.FIXED, FIXED, False)},
        history_scanned=True,
    ),
    Case(
        "code moved: same fingerprint in another position is just still open",
        (prior("a", IGNORED),),
        result((finding("a", path="app.py"),)),
        {"a": (Outcome.STILL_IGNORED, IGNORED, False)},
    ),
    Case(
        "fix one, introduce another",
        (prior("a", OPEN), prior("b", IGNORED)),
        result((finding("b"), finding("c"))),
        {
            "a": (Outcome.FIXED, FIXED, False),
            "b": (Outcome.STILL_IGNORED, IGNORED, False),
            "c": (Outcome.NEW, OPEN, False),
        },
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_plan_record(case: Case) -> None:
    plan = plan_record(
        prior={p.fingerprint: p for p in case.priors},
        result=case.scan,
        now=NOW,
        history_scanned=case.history_scanned,
    )
    got = {fp: (t.outcome, t.to_status, t.clear_ignore) for fp, t in plan.transitions.items()}
    assert got == case.expected
    for fp in case.absent:
        assert fp not in plan.transitions
    for fp, transition in plan.transitions.items():
        before = next((p for p in case.priors if p.fingerprint == fp), None)
        assert transition.from_status == (before.status if before else None)


def test_duplicate_fingerprints_in_one_scan_are_counted_once() -> None:
    plan = plan_record(prior={}, result=result((finding("a"), finding("a"), finding("b"))), now=NOW)
    assert plan.duplicates == 1
    assert sorted(plan.present) == ["a", "b"]
    assert plan.counts()["new"] == 2


def test_seen_and_changed_flags() -> None:
    plan: RecordPlan = plan_record(
        prior={"a": prior("a", OPEN), "b": prior("b", OPEN, path="x.py")},
        result=result((finding("a"),)),
        now=NOW,
    )
    assert plan.transitions["a"].seen
    assert not plan.transitions["a"].changed
    assert not plan.transitions["b"].seen
    assert plan.transitions["b"].changed
    assert plan.by_outcome(Outcome.FIXED) == ["b"]
    assert plan.conclusive_engines == frozenset({Engine.SAST, Engine.SCA, Engine.SECRETS})


def test_never_fixed_from_failed_scan_property() -> None:
    """Whatever the priors, a scan where every engine failed fixes nothing."""
    priors = {
        f"{engine}-{st}-{i}": prior(f"{engine}-{st}-{i}", st, engine, f"f{i}.py")
        for engine in Engine
        for st in FindingStatus
        for i in range(3)
    }
    failed = tuple(status(engine, ok=False, complete=False) for engine in Engine)
    plan = plan_record(prior=priors, result=result((), engines=failed), now=NOW)
    assert all(t.to_status is not FIXED for t in plan.transitions.values())
    assert plan.by_outcome(Outcome.FIXED) == []
