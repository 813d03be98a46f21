"""Storage of work order attachments."""
import logging
from pathlib import Path

from werkzeug.datastructures import FileStorage

from turbinary.config import settings

log = logging.getLogger(__name__)
ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf", "text/csv"}


class AttachmentRejected(Exception):
    pass


def store_work_order_attachment(work_order_id: int, upload: FileStorage) -> Path:
    if upload.mimetype not in ALLOWED_TYPES:
        raise AttachmentRejected(f"unsupported type {upload.mimetype}")
    folder = settings.upload_dir / "work-orders" / str(work_order_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (upload.filename or "attachment")
    upload.save(target)  # VULN path
    if not target.resolve().is_relative_to(folder.resolve()):
        log.warning("attachment for work order %s resolved outside folder", work_order_id)
        raise AttachmentRejected("invalid file name")
    return target
