"""Scan orchestration: walk once, start SAST first, run secrets then SCA while it works, merge.

Errors are data: an engine that raises, or whose module is missing, becomes an
``EngineStatus(ok=False, error=...)`` and never stops the others. Messages of our own
``EngineError`` subclasses are shown as they are (we write them for users); anything else is
reported by type only, since a foreign exception text may quote repository content.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tracesec.engines import context, redaction, suppressions, targets
from tracesec.engines.errors import EngineError
from tracesec.engines.model import (
    Coverage,
    Engine,
    EngineOutcome,
    EngineStatus,
    Finding,
    Package,
    ScanConfig,
    ScanResult,
    TargetFile,
)
from tracesec.engines.resultcache import open_cache

logger = logging.getLogger(__name__)

# progress(stage, state): stage is "walk" or an engine name; state is "start" or "done".
ProgressCallback = Callable[[str, str], None]


class EngineRun(Protocol):
    """A started engine (SAST runs as a subprocess while the others work)."""

    def wait(self) -> EngineOutcome: ...

    def cancel(self) -> None: ...


Starter = Callable[[Path, Sequence[TargetFile], ScanConfig], EngineRun]


@dataclass(frozen=True)
class _Done:
    """An engine that already finished (or failed to start)."""

    outcome: EngineOutcome

    def wait(self) -> EngineOutcome:
        return self.outcome

    def cancel(self) -> None:
        return None


def failed(engine: Engine, error: str, seconds: float = 0.0) -> EngineOutcome:
    return EngineOutcome(
        status=EngineStatus(
            engine=engine, ok=False, complete=False, files_scanned=0, seconds=seconds, error=error
        )
    )


def describe_error(engine: Engine, exc: BaseException) -> str:
    if isinstance(exc, EngineError):
        return f"{engine.value} engine failed: {exc}"
    return f"{engine.value} engine failed: internal error ({type(exc).__name__})"


def _module_start(module: str, function: str) -> Starter:
    """Resolve an engine entry point lazily: a missing engine is an engine error, not a crash."""

    def start(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> EngineRun:
        entry = getattr(importlib.import_module(module), function)
        return entry(root, files, config)  # type: ignore[no-any-return]

    return start


def _module_run(module: str, function: str) -> Starter:
    def start(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> EngineRun:
        entry = getattr(importlib.import_module(module), function)
        return _Done(entry(root, files, config))

    return start


# Order matters: the first entry is started first and waited for last.
DEFAULT_ENGINES: Mapping[Engine, Starter] = {
    Engine.SAST: _module_start("tracesec.engines.sast.runner", "start"),
    Engine.SECRETS: _module_run("tracesec.engines.secrets.engine", "run"),
    Engine.SCA: _module_run("tracesec.engines.sca.engine", "run"),
}


def _start(
    engine: Engine, starter: Starter, root: Path, walk: targets.Walk, config: ScanConfig
) -> EngineRun:
    started = time.monotonic()
    files = walk.files
    if config.only_paths is not None and engine is not Engine.SCA:
        # SCA narrows its manifests itself: an include it reads may lie outside the change
        files = tuple(f for f in files if f.path in config.only_paths)
    try:
        return starter(root, files, config)
    except ModuleNotFoundError as exc:
        logger.warning("scan.engine_missing", extra={"engine": engine.value})
        return _Done(
            failed(engine, f"{engine.value} engine not available ({exc.name})", _since(started))
        )
    except Exception as exc:
        logger.warning(
            "scan.engine_failed", extra={"engine": engine.value, "type": type(exc).__name__}
        )
        return _Done(failed(engine, describe_error(engine, exc), _since(started)))


def _wait(engine: Engine, run: EngineRun, started: float) -> EngineOutcome:
    try:
        outcome = run.wait()
    except Exception as exc:
        logger.warning(
            "scan.engine_failed", extra={"engine": engine.value, "type": type(exc).__name__}
        )
        return failed(engine, describe_error(engine, exc), _since(started))
    if not isinstance(outcome, EngineOutcome) or outcome.status.engine != engine:
        return failed(engine, f"{engine.value} engine returned an invalid result", _since(started))
    return outcome


def _since(started: float) -> float:
    return time.monotonic() - started


def scan(
    root: Path,
    config: ScanConfig,
    progress: ProgressCallback | None = None,
    engines: Mapping[Engine, Starter] | None = None,
) -> ScanResult:
    """Scan ``root`` with the engines in ``config.engines``.

    Raises ``TargetError`` when the root itself cannot be scanned; everything else is
    reported inside the result. ``engines`` replaces the engine entry points (tests, tools).
    """
    notify = progress or (lambda stage, state: None)
    registry = DEFAULT_ENGINES if engines is None else engines
    total_started = time.monotonic()
    notify("walk", "start")
    walk = targets.walk(root, config)
    if config.only_paths is not None:
        walk = targets.Walk(
            files=walk.files,
            skipped=tuple(c for c in walk.skipped if c.path in config.only_paths),
            source=walk.source,
        )
    root = root.resolve()
    read = file_reader(walk, config)
    repository = suppressions.read_config(read)
    config = _with_repository_settings(config, repository)
    timings: dict[str, float] = {"walk": _since(total_started)}
    notify("walk", "done")

    selected = [engine for engine in registry if engine in config.engines]
    running: list[tuple[Engine, EngineRun, float]] = []
    outcomes: dict[Engine, EngineOutcome] = {}
    try:
        for engine in selected:
            started = time.monotonic()
            notify(engine.value, "start")
            run = _start(engine, registry[engine], root, walk, config)
            if isinstance(run, _Done):
                outcomes[engine] = _wait(engine, run, started)
                timings[engine.value] = _since(started)
                notify(engine.value, "done")
            else:
                running.append((engine, run, started))
        for engine, run, started in running:
            outcomes[engine] = _wait(engine, run, started)
            timings[engine.value] = _since(started)
            notify(engine.value, "done")
    except BaseException:  # Ctrl-C or a crash here: do not leave semgrep running
        for _engine, run, _started in running:
            run.cancel()
        raise
    for engine in config.engines:
        if engine not in outcomes:
            outcomes[engine] = failed(engine, f"{engine.value} engine is not registered")
    cache = open_cache(config.cache_dir, config.cache_max_bytes)
    if cache is not None:
        cache.trim()  # once per scan, after every engine has written
    timings["total"] = _since(total_started)
    result = merge(str(root), walk, [outcomes[e] for e in config.engines], timings, read)
    return suppressions.apply(
        result, read, repository=repository, in_code=config.in_code_suppressions
    )


def _with_repository_settings(
    config: ScanConfig, repository: suppressions.RepositoryConfig
) -> ScanConfig:
    """``config`` with what the repository's ``.trace.yml`` asks for (it can only widen the
    scan: ``sast: {test_code: true}``). A malformed file changes nothing here; the
    suppressions step reports it in the result."""
    if config.sast_test_code or not repository.sast_test_code:
        return config
    return dataclasses.replace(config, sast_test_code=True)


def file_reader(walk: targets.Walk, config: ScanConfig) -> Callable[[str], bytes | None]:
    """Reads a walked file by its path, as the engines read it (``None`` if it is gone)."""
    by_path = {target.path: target for target in walk.files}

    def read(path: str) -> bytes | None:
        target = by_path.get(path)
        if target is None:
            return None
        try:
            return targets.read_target(target, config.max_file_bytes)
        except OSError:
            return None

    return read


def merge(
    root: str,
    walk: targets.Walk,
    outcomes: Sequence[EngineOutcome],
    timings: Mapping[str, float],
    read: Callable[[str], bytes | None],
) -> ScanResult:
    """One result from the engines' outcomes; every finding passes ``redaction`` here, the
    one point where all engines' findings of a file meet (``read`` gives a file's bytes)."""
    findings: list[Finding] = []
    coverage: list[Coverage] = list(walk.skipped)
    inventory: list[Package] = []
    errors: list[str] = []
    for outcome in outcomes:
        findings.extend(outcome.findings)
        coverage.extend(outcome.coverage)
        inventory.extend(outcome.inventory)
        if not outcome.status.ok:
            errors.append(outcome.status.error or f"{outcome.status.engine.value} engine failed")
    findings = context.add_context(redaction.redact_findings(findings, read), read)
    findings.sort(
        key=lambda f: (
            -f.severity.rank,
            f.engine.value,
            f.location.path,
            f.location.start_line,
            f.rule_id,
            f.fingerprint,
        )
    )
    return ScanResult(
        root=root,
        findings=tuple(findings),
        coverage=tuple(coverage),
        engines=tuple(outcome.status for outcome in outcomes),
        inventory=tuple(inventory),
        errors=tuple(errors),
        timings=dict(timings),
    )
