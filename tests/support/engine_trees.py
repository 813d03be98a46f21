"""Files written under a root as the walk's targets, for tests that run an engine directly."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tracesec.engines.model import TargetFile


def write_targets(root: Path, files: Mapping[str, str]) -> list[TargetFile]:
    """Writes each relative path's text under ``root``; the targets, in the given order."""
    targets = []
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        targets.append(TargetFile(path=rel, abspath=path, size=path.stat().st_size))
    return targets
