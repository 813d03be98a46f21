"""The scan state machine and user-facing failure messages (no database)."""

from __future__ import annotations

import itertools

import pytest

from tracesec.engines.model import Coverage, CoverageStatus, Engine, EngineStatus, ScanResult
from tracesec.scans.coverage import engine_notes, summarize_engines
from tracesec.scans.state import (
    ACTIVE_STATES,
    PHASES,
    TERMINAL_STATES,
    InvalidTransition,
    ScanErrorCode,
    ScanState,
    can_transition,
    check_transition,
    failure_message,
    humanize_bytes,
    humanize_seconds,
)

S = ScanState

HAPPY_PATH = [
    S.QUEUED,
    S.RESOLVING_CREDENTIALS,
    S.CLONING,
    S.SCANNING,
    S.RECORDING,
    S.COMPLETED,
]


def test_happy_path_is_allowed() -> None:
    for current, target in itertools.pairwise(HAPPY_PATH):
        check_transition(current, target)


@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
@pytest.mark.parametrize("target", list(ScanState))
def test_terminal_states_never_move(terminal: ScanState, target: ScanState) -> None:
    assert not can_transition(terminal, target)
    with pytest.raises(InvalidTransition):
        check_transition(terminal, target)


@pytest.mark.parametrize("state", sorted(ACTIVE_STATES))
def test_every_active_state_can_fail_or_be_cancelled(state: ScanState) -> None:
    assert can_transition(state, S.FAILED)
    assert can_transition(state, S.CANCELLED)


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        (S.QUEUED, S.COMPLETED, False),  # cannot skip the work
        (S.QUEUED, S.SCANNING, False),
        (S.QUEUED, S.BLOCKED, True),  # connection known inactive before starting
        (S.RESOLVING_CREDENTIALS, S.BLOCKED, True),
        (S.CLONING, S.BLOCKED, True),  # git 401/403
        (S.SCANNING, S.BLOCKED, False),  # credentials are no longer involved
        (S.RECORDING, S.BLOCKED, False),
        (S.CLONING, S.QUEUED, True),  # reaper re-queue
        (S.SCANNING, S.QUEUED, True),
        (S.RECORDING, S.QUEUED, True),
        (S.QUEUED, S.QUEUED, False),
        (S.SCANNING, S.CLONING, False),  # no going back within a run
        (S.RECORDING, S.SCANNING, False),
        (S.SCANNING, S.COMPLETED, False),  # completion only after recording
    ],
)
def test_transition_table(current: ScanState, target: ScanState, allowed: bool) -> None:
    assert can_transition(current, target) is allowed


def test_state_properties() -> None:
    assert PHASES[0] is S.QUEUED
    assert all(not s.terminal and s.active for s in PHASES)
    assert S.QUEUED.running is False
    assert S.CLONING.running is True
    assert S.COMPLETED.terminal
    assert not S.COMPLETED.active
    assert S.RESOLVING_CREDENTIALS.label == "Resolving credentials"


@pytest.mark.parametrize("code", list(ScanErrorCode))
def test_every_error_code_has_a_message_without_placeholders(code: ScanErrorCode) -> None:
    message = failure_message(code)
    assert message
    assert "{" not in message
    assert "Traceback" not in message


def test_messages_say_what_to_do() -> None:
    inactive = failure_message(ScanErrorCode.CONNECTION_INACTIVE, provider="Bitbucket")
    assert "Reinstall" in inactive
    assert "pair" in inactive
    assert "Bitbucket" in inactive
    assert "Re-sync" in failure_message(ScanErrorCode.REPOSITORY_REMOVED)
    clone = failure_message(ScanErrorCode.CLONE_FAILED, detail="repository or branch not found")
    assert "repository or branch not found" in clone
    assert "10 min" in failure_message(ScanErrorCode.CLONE_TIMEOUT, limit="10 min")


def test_unknown_parameters_are_not_echoed() -> None:
    # a caller passing something unexpected cannot smuggle text into a message
    message = failure_message(ScanErrorCode.CLONE_FAILED, token="x-token-auth:secret")
    assert "secret" not in message


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.25, "0.2 s"), (12.4, "12 s"), (75, "1 min 15 s"), (3725, "1 h 02 min"), (-1, "0.0 s")],
)
def test_humanize_seconds(seconds: float, text: str) -> None:
    assert humanize_seconds(seconds) == text


def test_humanize_bytes() -> None:
    assert humanize_bytes(512) == "512 bytes"
    assert humanize_bytes(2 * 1024 * 1024) == "2.0 MB"
    assert humanize_bytes(5 * 1024**4) == "5120.0 GB"


def test_engine_summary_and_notes() -> None:
    result = ScanResult(
        root="/x",
        findings=(),
        coverage=(
            Coverage(Engine.SAST, "a.py", CoverageStatus.TIMED_OUT, "30 s"),
            Coverage(Engine.SAST, "b.py", CoverageStatus.TIMED_OUT, "30 s"),
            Coverage(Engine.SCA, "poetry.lock", CoverageStatus.PARSE_ERROR, "line 3"),
            Coverage(None, "big.bin", CoverageStatus.SKIPPED, "binary"),
        ),
        engines=(
            EngineStatus(Engine.SAST, ok=True, complete=False, files_scanned=10, seconds=2.0),
            EngineStatus(Engine.SCA, ok=True, complete=False, files_scanned=1, seconds=0.1),
            EngineStatus(
                Engine.SECRETS, ok=False, complete=False, files_scanned=0, seconds=0, error="boom"
            ),
        ),
    )
    sast, sca, secrets = summarize_engines(result, (Engine.SAST, Engine.SCA, Engine.SECRETS))
    assert sast["timed_out"] == 2
    assert sast["skipped"] == 1
    assert [p["path"] for p in sast["problems"]] == ["a.py", "b.py"]
    assert "SAST timed out on 2 files." in engine_notes(sast)
    assert "SCA could not parse 1 file." in engine_notes(sca)
    assert engine_notes(secrets) == ["Secrets failed: boom. Nothing from Secrets was marked fixed."]
    (missing,) = summarize_engines(
        ScanResult(root="/x", findings=(), coverage=(), engines=()), (Engine.SCA,)
    )
    assert missing["ran"] is False
    assert engine_notes(missing) == ["SCA did not run; nothing from SCA was marked fixed."]
