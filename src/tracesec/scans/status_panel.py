"""The scan status panel's context: phases with elapsed times, coverage notes, engine labels.

Shared by the repository page (latest scan) and the scan pages (live panel and detail).
"""

from __future__ import annotations

from django.utils import timezone

from tracesec.scans.coverage import ENGINE_LABELS, engine_notes
from tracesec.scans.models import Scan
from tracesec.scans.selectors import scan_phases


def scan_status_context(scan: Scan) -> dict[str, object]:
    now = timezone.now()
    return {
        "scan": scan,
        "phases": scan_phases(scan, now),
        "elapsed": scan.duration_seconds(now),
        "notes": [note for summary in scan.engines or [] for note in engine_notes(summary)],
        "engine_labels": ENGINE_LABELS,
    }
