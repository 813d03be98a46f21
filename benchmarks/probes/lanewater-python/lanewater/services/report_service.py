"""Management reports built from the reporting replica and stored as CSV exports."""
import csv
import io
import logging
import uuid
from datetime import date

from lanewater.jobs.queue import enqueue
from lanewater.repositories import report_repository
from lanewater.schemas import OccupancyReportIn
from lanewater.util import files
from lanewater.util.paths import slugify

log = logging.getLogger(__name__)


class ReportError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


async def request_occupancy(data: OccupancyReportIn) -> str:
    if data.end <= data.start:
        raise ReportError("end must be after start")
    if (data.end - data.start).days > 366:
        raise ReportError("reports are limited to one year")
    job = await enqueue("build_occupancy_report", data.pool_code, data.start.isoformat(), data.end.isoformat(), data.label)
    return job.job_id if job else ""


def _to_csv(rows: list[dict], columns: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


async def build_occupancy(pool_code: str, start: str, end: str, label: str) -> str:
    rows = await report_repository.occupancy_by_day(pool_code, start, end)
    name = f"{slugify(label, 'occupancy')}-{uuid.uuid4().hex[:8]}.csv"
    files.write_export(name, _to_csv(rows, ["day", "lane", "bookings", "minutes"]))
    log.info("occupancy export %s written (%s rows)", name, len(rows))
    return name


async def revenue(pool_code: str, year: int) -> list[dict]:
    if year < 2000 or year > date.today().year + 1:
        raise ReportError("year out of range")
    return await report_repository.revenue_by_month(year, pool_code)


async def class_fill_rates() -> list[dict]:
    return await report_repository.class_fill_rates()


def download_export(name: str) -> bytes:
    try:
        return files.read_export(name)
    except files.StorageError as exc:
        raise ReportError(str(exc), status=404) from exc


def delete_export(name: str) -> None:
    try:
        files.remove_export(name)
    except files.StorageError as exc:
        raise ReportError(str(exc), status=404) from exc
