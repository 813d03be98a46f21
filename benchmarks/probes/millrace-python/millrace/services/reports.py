"""Saved management reports: defined in the admin area, run overnight by a worker."""
from __future__ import annotations

import csv
import io
import logging
import os
from datetime import date
from pathlib import Path
from typing import Any

from millrace.config import get_settings
from millrace.db import report_connection, session_scope
from millrace.dto import ReportSpec
from millrace.models import SavedReport
from millrace.repositories.partner_repo import SavedReportRepository
from millrace.repositories.report_repo import GROUPINGS, ReportRepository
from millrace.util.paths import ensure_dir

log = logging.getLogger(__name__)


class ReportError(Exception):
    pass


def save_report(spec: ReportSpec) -> int:
    if spec.group_by not in GROUPINGS:
        raise ReportError("choose a grouping")
    if spec.date_to < spec.date_from:
        raise ReportError("the end date is before the start date")
    with session_scope() as session:
        saved = SavedReportRepository(session).add(
            SavedReport(owner=spec.owner, title=spec.title, group_by=spec.group_by, date_from=spec.date_from, date_to=spec.date_to, extra_filter=spec.extra_filter)
        )
        return saved.id


def load_spec(report_id: int) -> ReportSpec:
    with session_scope() as session:
        saved = SavedReportRepository(session).get(report_id)
        if saved is None:
            raise ReportError(f"report {report_id} not found")
        return ReportSpec(saved.title, saved.group_by, saved.date_from, saved.date_to, saved.extra_filter, saved.owner)


def run_report(spec: ReportSpec) -> list[dict[str, Any]]:
    with report_connection() as conn:
        return ReportRepository(conn).grouped_summary(spec.group_by, spec.date_from, spec.date_to, spec.extra_filter)


def takings(date_from: date, date_to: date) -> list[dict[str, Any]]:
    with report_connection() as conn:
        return ReportRepository(conn).daily_takings(date_from, date_to)


def school_breakdown(date_from: date, date_to: date, group_by: str) -> list[dict[str, Any]]:
    with report_connection() as conn:
        return ReportRepository(conn).school_visits_by_authority(date_from, date_to, group_by)


def write_csv(report_id: int, rows: list[dict[str, Any]]) -> Path:
    folder = ensure_dir(get_settings().export_root / "reports")
    target = folder / f"report-{int(report_id)}-{date.today():%Y%m%d}.csv"
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    target.write_text(buf.getvalue(), encoding="utf-8")
    return target


def list_exports() -> list[str]:
    folder = ensure_dir(get_settings().export_root / "reports")
    return sorted(p.name for p in folder.glob("*.csv"))


def delete_export(name: str) -> None:
    folder = get_settings().export_root / "reports"
    if not name.endswith(".csv"):
        raise ReportError("only CSV exports can be removed")
    os.remove(folder / name)  # VULN path
