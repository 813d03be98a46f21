"""File storage helpers for reports, attachments and uploaded archives."""
import logging
import os
import shutil
import zipfile

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation

logger = logging.getLogger(__name__)

REQUISITION_EXTENSIONS = (".pdf", ".tif", ".tiff", ".png")
MAX_ARCHIVE_MEMBERS = 500


def open_report(relative_name: str):
    """Open a rendered result report (PDF) below REPORT_ROOT."""
    full_path = os.path.join(settings.REPORT_ROOT, relative_name)
    if not full_path.startswith(settings.REPORT_ROOT):
        raise SuspiciousFileOperation(f"report outside of storage: {relative_name}")
    return open(full_path, "rb")  # VULN path


def open_attachment(order_id: int, name: str):
    """Open a file attached to an order (scanned requisition, consent form...)."""
    base = os.path.realpath(os.path.join(settings.ATTACHMENT_ROOT, str(order_id)))
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base:
        raise SuspiciousFileOperation(f"attachment outside of order folder: {name}")
    return open(candidate, "rb")  # SAFE path


def extract_requisitions(archive_file, batch_dir: str) -> list[str]:
    """Unpack a zip of scanned requisition forms into the batch folder."""
    os.makedirs(batch_dir, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_file) as zf:
        members = zf.infolist()
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise ValueError("archive has too many members")
        for info in members:
            if info.is_dir() or not info.filename.lower().endswith(REQUISITION_EXTENSIONS):
                continue
            target = os.path.join(batch_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # VULN zipslip
                shutil.copyfileobj(src, dst)
            written.append(target)
    logger.info("extracted %d requisition scans into %s", len(written), batch_dir)
    return written


def extract_instrument_bundle(archive_file, dest_dir: str) -> list[str]:
    """Unpack an analyser export bundle (raw curves, QC files, run logs)."""
    dest_root = os.path.realpath(dest_dir)
    os.makedirs(dest_root, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_file) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(dest_root, info.filename))
            if os.path.commonpath([dest_root, target]) != dest_root:
                raise SuspiciousFileOperation(f"bundle member escapes destination: {info.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # SAFE zipslip
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
