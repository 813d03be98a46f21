"""CSV exports produced by the nightly reporting jobs."""
import os
from pathlib import Path

from django.conf import settings


class ExportNotFound(Exception):
    pass


def open_export(filename):
    if filename.startswith(("/", "~")):
        raise ExportNotFound(filename)
    path = os.path.join(settings.EXPORT_ROOT, "adhoc", filename)
    if not os.path.exists(path):
        raise ExportNotFound(filename)
    return open(path, "rb")  # VULN path


def open_scheduled_export(filename):
    root = (Path(settings.EXPORT_ROOT) / "scheduled").resolve()
    candidate = (root / filename).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise ExportNotFound(filename)
    return candidate.open("rb")  # SAFE path
