"""Compare rendered output with a file in ``snapshots/``.

A missing or different snapshot fails. To write snapshots (after a deliberate format change,
or for a new test), run the tests with ``TRACE_UPDATE_SNAPSHOTS=1`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE_VARIABLE = "TRACE_UPDATE_SNAPSHOTS"


def assert_snapshot(name: str, text: str, snapshots: Path = SNAPSHOTS) -> None:
    path = snapshots / name
    if os.environ.get(UPDATE_VARIABLE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    elif not path.exists():
        pytest.fail(f"snapshot {name} is missing: run with {UPDATE_VARIABLE}=1 to write it")
    assert text == path.read_bytes().decode("utf-8"), f"snapshot {name} differs"
