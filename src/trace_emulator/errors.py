"""Errors of the emulator's control plane."""

from __future__ import annotations


class ControlError(Exception):
    """A control-plane request that cannot be honoured (maps to an HTTP status)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
