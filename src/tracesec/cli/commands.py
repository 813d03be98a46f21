"""Explicit registry of `trace` sub-commands (no discovery magic)."""

from __future__ import annotations

from types import ModuleType

from tracesec.cli import scan_command, server_commands, vulndb_command

REGISTRY: tuple[ModuleType, ...] = (scan_command, vulndb_command, server_commands)
