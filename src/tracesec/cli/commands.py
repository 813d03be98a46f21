"""Explicit registry of `trace` sub-commands (no discovery magic)."""

from __future__ import annotations

from types import ModuleType

REGISTRY: tuple[ModuleType, ...] = ()
