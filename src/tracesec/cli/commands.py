"""Explicit registry of `trace` sub-commands (no discovery magic)."""

from __future__ import annotations

from types import ModuleType

from tracesec.cli import (
    check_command,
    createadmin_command,
    demo_command,
    manage_command,
    scan_command,
    scheduler_command,
    serve_command,
    vulndb_command,
    worker_command,
)

REGISTRY: tuple[ModuleType, ...] = (
    scan_command,
    vulndb_command,
    serve_command,
    worker_command,
    scheduler_command,
    demo_command,
    createadmin_command,
    check_command,
    manage_command,
)
