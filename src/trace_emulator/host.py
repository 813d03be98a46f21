"""What the emulator's HTTP surfaces (the Bitbucket API, git over HTTP, the emulated GitHub) need
from the emulator that builds them: its config, clock, world, system tokens, Forge platform and
base URL. They depend on this Protocol, not on `emulator.Emulator`, so nothing imports back."""

from __future__ import annotations

from typing import Protocol

from trace_emulator.clock import Clock
from trace_emulator.config import EmulatorConfig
from trace_emulator.forge.platform import ForgePlatform
from trace_emulator.model import World
from trace_emulator.tokens import SystemTokenService


class EmulatorHost(Protocol):
    @property
    def config(self) -> EmulatorConfig: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def world(self) -> World: ...

    @property
    def tokens(self) -> SystemTokenService: ...

    @property
    def forge(self) -> ForgePlatform: ...

    @property
    def base_url(self) -> str: ...
