from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulator.recorder import RecordingRemote
from trace_emulator.testing import RunningEmulator, start_emulator


@pytest.fixture
def remote() -> Iterator[RecordingRemote]:
    rec = RecordingRemote()
    yield rec
    rec.stop()


@pytest.fixture
def emu(remote: RecordingRemote) -> Iterator[RunningEmulator]:
    running = start_emulator(remote_url=remote.url, runner="python")
    yield running
    running.stop()


@pytest.fixture
def installed(emu: RunningEmulator, remote: RecordingRemote) -> dict:
    """The app installed into `acme` (lifecycle delivered to the recorder)."""
    result = emu.client.install("acme")
    return result["installation"]
