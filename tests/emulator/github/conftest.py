from __future__ import annotations

from typing import Any

import pytest

from trace_emulator.github.testing import GitHubClient
from trace_emulator.testing import RunningEmulator


@pytest.fixture
def gh(emu: RunningEmulator) -> GitHubClient:
    return emu.github


@pytest.fixture
def installed(gh: GitHubClient) -> dict[str, Any]:
    """The App installed on `northwind` with two of its three repositories."""
    result = gh.install("northwind", repositories=["orders-service", "platform-tools"])
    return dict(result["installation"])
