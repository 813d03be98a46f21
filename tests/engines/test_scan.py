"""Orchestration: engines run in order, failures are data, SAST is started first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.support.git_trees import write
from tracesec.engines.errors import AdvisoryError, TargetError
from tracesec.engines.model import (
    ALL_ENGINES,
    Engine,
    EngineOutcome,
    EngineStatus,
    ScanConfig,
    TargetFile,
)
from tracesec.engines.scan import DEFAULT_ENGINES, scan
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="scan-test")


class Recorder:
    def __init__(self) -> None:
        self.events: list[str] = []


def _ok(engine: Engine, files: Sequence[TargetFile]) -> EngineOutcome:
    return EngineOutcome(
        status=EngineStatus(
            engine=engine, ok=True, complete=True, files_scanned=len(files), seconds=0.0
        )
    )


class FakeRun:
    def __init__(self, rec: Recorder, files: Sequence[TargetFile], fail: bool = False) -> None:
        self.rec, self.files, self.fail = rec, files, fail
        rec.events.append("sast:start")

    def wait(self) -> EngineOutcome:
        self.rec.events.append("sast:wait")
        if self.fail:
            raise RuntimeError("secret text from a tool that must not be shown")
        return _ok(Engine.SAST, self.files)

    def cancel(self) -> None:
        self.rec.events.append("sast:cancel")


def _engines(rec: Recorder, sast_fail: bool = False, sca_error: Exception | None = None):
    def sast(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> FakeRun:
        return FakeRun(rec, files, sast_fail)

    def sca(root: Path, files: Sequence[TargetFile], config: ScanConfig):
        rec.events.append("sca")
        if sca_error:
            raise sca_error
        from tracesec.engines.scan import _Done

        return _Done(_ok(Engine.SCA, files))

    return {Engine.SAST: sast, Engine.SECRETS: DEFAULT_ENGINES[Engine.SECRETS], Engine.SCA: sca}


def test_sast_starts_first_and_is_waited_for_last(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}\n")
    rec = Recorder()
    stages: list[tuple[str, str]] = []
    result = scan(
        tmp_path,
        ScanConfig(),
        progress=lambda stage, state: stages.append((stage, state)),
        engines=_engines(rec),
    )
    assert rec.events == ["sast:start", "sca", "sast:wait"]
    assert [s.engine for s in result.engines] == list(ALL_ENGINES)
    assert result.complete
    assert not result.errors
    assert [f.rule_id for f in result.findings] == ["github-pat"]
    assert stages[0] == ("walk", "start")
    assert stages[-1] == ("sast", "done")
    assert set(result.timings) >= {"walk", "sast", "sca", "secrets", "total"}


def test_an_engine_that_raises_becomes_an_error_and_others_still_run(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}\n")
    rec = Recorder()
    result = scan(tmp_path, ScanConfig(), engines=_engines(rec, sast_fail=True))
    by_engine = {s.engine: s for s in result.engines}
    assert not by_engine[Engine.SAST].ok
    assert by_engine[Engine.SAST].error == "sast engine failed: internal error (RuntimeError)"
    assert "must not be shown" not in repr(result)
    assert by_engine[Engine.SECRETS].ok
    assert by_engine[Engine.SCA].ok
    assert [f.rule_id for f in result.findings] == ["github-pat"]
    assert result.errors == ("sast engine failed: internal error (RuntimeError)",)
    assert not result.complete


def test_our_own_engine_errors_keep_their_message(tmp_path: Path) -> None:
    rec = Recorder()
    error = AdvisoryError("no OSV index: run `trace vulndb import PATH`")
    result = scan(tmp_path, ScanConfig(), engines=_engines(rec, sca_error=error))
    [sca] = [s for s in result.engines if s.engine is Engine.SCA]
    assert sca.error == "sca engine failed: no OSV index: run `trace vulndb import PATH`"


def test_missing_engine_module_is_an_engine_error(tmp_path: Path) -> None:
    from tracesec.engines.scan import _module_run

    engines = {Engine.SCA: _module_run("tracesec.engines.no_such_engine", "run")}
    result = scan(tmp_path, ScanConfig(engines=(Engine.SCA,)), engines=engines)
    [status] = result.engines
    assert not status.ok
    assert status.error == "sca engine not available (tracesec.engines.no_such_engine)"


def test_engine_returning_garbage_is_an_error(tmp_path: Path) -> None:
    from tracesec.engines.scan import _Done

    def bad(root: Path, files: Sequence[TargetFile], config: ScanConfig):
        return _Done(_ok(Engine.SAST, files))  # claims to be another engine

    result = scan(tmp_path, ScanConfig(engines=(Engine.SCA,)), engines={Engine.SCA: bad})
    assert result.engines[0].error == "sca engine returned an invalid result"


def test_interrupt_cancels_a_running_sast(tmp_path: Path) -> None:
    rec = Recorder()
    engines = _engines(rec)

    def interrupted(root: Path, files: Sequence[TargetFile], config: ScanConfig):
        raise KeyboardInterrupt

    engines[Engine.SCA] = interrupted
    with pytest.raises(KeyboardInterrupt):
        scan(tmp_path, ScanConfig(), engines=engines)
    assert rec.events == ["sast:start", "sast:cancel"]


def test_only_selected_engines_run(tmp_path: Path) -> None:
    rec = Recorder()
    result = scan(tmp_path, ScanConfig(engines=(Engine.SECRETS,)), engines=_engines(rec))
    assert rec.events == []
    assert [s.engine for s in result.engines] == [Engine.SECRETS]


def test_unscannable_root_raises_target_error(tmp_path: Path) -> None:
    with pytest.raises(TargetError):
        scan(tmp_path / "missing", ScanConfig())
