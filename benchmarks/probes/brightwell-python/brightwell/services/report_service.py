"""Harvest reporting shared by the public site and admin console."""
import csv
import io

from brightwell.models import Gardener, SavedReport
from brightwell.repositories import report_repo


class ReportError(Exception):
    pass


def save_for(gardener: Gardener, title: str, site_filter: str, produce_filter: str, season):
    season_value = int(season) if season else None
    title = (title or "").strip()[:80] or "Untitled report"
    return report_repo.save_report(gardener, title, site_filter.strip(), produce_filter.strip(), season_value)


def run(report_id: int):
    report = SavedReport.get_or_none(SavedReport.id == report_id)
    if report is None:
        raise ReportError("report not found")
    return report, report_repo.run_saved_report(report)


def totals(site_slug: str, season: int):
    return report_repo.harvest_totals(site_slug, season)


def summary(year):
    return report_repo.yearly_summary(year)


def to_csv(rows, header) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()
