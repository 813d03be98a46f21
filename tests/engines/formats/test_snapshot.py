"""The snapshot helper itself: a missing snapshot fails unless regeneration is asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engines.formats.snapshot import UPDATE_VARIABLE, assert_snapshot


def test_missing_snapshot_fails_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        assert_snapshot("new.txt", "text\n", snapshots=tmp_path)
    assert not (tmp_path / "new.txt").exists()


def test_different_snapshot_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    (tmp_path / "old.txt").write_text("old\n")
    with pytest.raises(AssertionError, match="differs"):
        assert_snapshot("old.txt", "new\n", snapshots=tmp_path)


def test_update_flag_writes_the_snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(UPDATE_VARIABLE, "1")
    assert_snapshot("sub/new.txt", "text\n", snapshots=tmp_path)
    assert (tmp_path / "sub" / "new.txt").read_text() == "text\n"
    monkeypatch.delenv(UPDATE_VARIABLE)
    assert_snapshot("sub/new.txt", "text\n", snapshots=tmp_path)
