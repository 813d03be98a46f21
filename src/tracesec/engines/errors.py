"""Engine exceptions. Their messages are written by us for users: they never carry file
content, raw secret values or upstream output, so the orchestrator may show them as-is."""

from __future__ import annotations


class EngineError(Exception):
    """Base of every error an engine raises on purpose."""


class TargetError(EngineError):
    """The scan root is missing, not a directory or unreadable."""


class ParseError(EngineError):
    """A file (lockfile, tool output, result document) could not be parsed."""


class RuleError(EngineError):
    """A rule or detector definition is invalid."""


class AdvisoryError(EngineError):
    """The advisory database is missing, stale or unreadable."""


class FormatError(EngineError):
    """A result document has the wrong schema or version."""
