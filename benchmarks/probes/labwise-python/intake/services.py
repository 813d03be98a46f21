import logging
import os
import tempfile

from django.conf import settings
from django.db import transaction

from core.labels import LabelError, print_specimen_label, render_barcode
from core.security import kiosk_passcode_digest
from core.storage import extract_requisitions

from .models import KioskOperator, RequisitionBatch
from .repositories import SampleRepository

logger = logging.getLogger(__name__)

SORT_COLUMNS = {
    "barcode": "s.barcode",
    "collected": "s.collected_at",
    "received": "s.received_at",
    "status": "s.status",
    "mrn": "p.mrn",
    "name": "p.last_name",
}


class SampleSearchService:
    def __init__(self, repository: SampleRepository | None = None):
        self.repository = repository or SampleRepository()

    def search(self, term: str, sort: str = "received", direction: str = "desc"):
        direction = (direction or "desc").upper()
        if direction not in ("ASC", "DESC"):
            direction = "DESC"
        column = SORT_COLUMNS.get(sort, sort)
        return self.repository.search(term, column, direction)

    def dashboard_counts(self, station_code: str | None):
        counts = self.repository.count_by_status(station_code)
        total = sum(counts.values())
        return {"total": total, **counts}


class LabelService:
    def print_for_sample(self, sample, printer: str, station, copies: int = 1) -> str:
        if station.default_printer not in settings.LABEL_PRINTERS:
            raise LabelError(f"station {station.code} has no registered printer")
        target_printer = printer or station.default_printer
        with tempfile.TemporaryDirectory(prefix="lw-label-") as tmpdir:
            png_path = os.path.join(tmpdir, "label.png")
            render_barcode(sample.barcode, png_path)
            print_specimen_label(png_path, target_printer, copies=copies)
        logger.info("label for %s sent to %s", sample.barcode, target_printer)
        return target_printer


class RequisitionImportService:
    @transaction.atomic
    def import_archive(self, upload, user, station) -> RequisitionBatch:
        batch = RequisitionBatch(uploaded_by=user, station=station)
        batch.storage_dir = os.path.join(settings.REQUISITION_ROOT, str(batch.id))
        written = extract_requisitions(upload, batch.storage_dir)
        batch.file_count = len(written)
        batch.save()
        return batch


class KioskService:
    def set_passcode(self, operator: KioskOperator, passcode: str) -> None:
        if not passcode.isdigit() or not 4 <= len(passcode) <= 8:
            raise ValueError("Passcode must be 4-8 digits")
        operator.passcode_hash = kiosk_passcode_digest(passcode)
        operator.save(update_fields=["passcode_hash", "updated_at"])
