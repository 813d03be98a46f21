"""The scan status panel's context: phases with elapsed times, coverage notes, engine labels.

Shared by the repository page (latest scan) and the scan pages (live panel and detail).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from tracesec.scans.coverage import ENGINE_LABELS, engine_notes
from tracesec.scans.models import Scan
from tracesec.scans.selectors import scan_phases


@dataclass(frozen=True)
class EngineStep:
    stage: str
    label: str
    state: str  # "running" or "done"
    files: str  # "1,234 / 5,678 files", or "" before the engine reports any


def engine_steps(scan: Scan) -> list[EngineStep]:
    """The live panel's engine lines: each engine's state and, while it runs, files done."""
    files = scan.files_progress or {}
    steps = []
    for stage, state in (scan.progress or {}).items():
        counts = files.get(stage) or {}
        done, total = counts.get("done"), counts.get("total")
        shown = f"{done:,} / {total:,} files" if isinstance(done, int) and total else ""
        label = "Listing files" if stage == "walk" else ENGINE_LABELS.get(stage, stage.upper())
        steps.append(EngineStep(stage=stage, label=label, state=str(state), files=shown))
    return steps


def scan_status_context(scan: Scan) -> dict[str, object]:
    now = timezone.now()
    return {
        "scan": scan,
        "phases": scan_phases(scan, now),
        "elapsed": scan.duration_seconds(now),
        "notes": [note for summary in scan.engines or [] for note in engine_notes(summary)],
        "engine_labels": ENGINE_LABELS,
        "engine_steps": engine_steps(scan),
    }
