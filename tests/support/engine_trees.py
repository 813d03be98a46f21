"""Files written under a root as the walk's targets, for tests that run an engine directly."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tracesec.engines.model import EngineOutcome, TargetFile


def write_targets(root: Path, files: Mapping[str, str]) -> list[TargetFile]:
    """Writes each relative path's text under ``root``; the targets, in the given order."""
    targets = []
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        targets.append(TargetFile(path=rel, abspath=path, size=path.stat().st_size))
    return targets


def line_of(text: str, fragment: str) -> int:
    """The line (1-based) of the first occurrence of ``fragment`` in a fixture's text."""
    return text[: text.index(fragment)].count("\n") + 1


def finding_lines(outcome: EngineOutcome, rule_id: str, path: str) -> set[int]:
    """The first line of each finding of ``rule_id`` in ``path``."""
    return {
        f.location.start_line
        for f in outcome.findings
        if f.rule_id == rule_id and f.location.path == path
    }
