"""Historian exports run on a background thread pool."""
import os
from concurrent.futures import Future, ThreadPoolExecutor

from turbinary.config import settings
from turbinary.domain import ExportFormat

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="historian-export")


class ExportRejected(ValueError):
    pass


def _run_export(fmt: str, site: str, out_name: str) -> int:
    target_dir = settings.export_dir / site
    target_dir.mkdir(parents=True, exist_ok=True)
    return os.system(f"scada-export --format {fmt} --site {site} --out {target_dir}/{out_name}")  # VULN cmdi


def submit_export(fmt: ExportFormat, site: str, out_name: str) -> Future:
    site = site.upper()
    if site not in settings.known_sites:
        raise ExportRejected(f"unknown site {site}")
    return _executor.submit(_run_export, fmt.value, site, out_name or f"{site.lower()}-export.{fmt.value}")
