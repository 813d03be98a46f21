"""Reading and writing files in Lanewater's storage area."""
import logging
import os
from pathlib import Path
from urllib.parse import unquote
from uuid import UUID

from lanewater import conf
from lanewater.util.paths import PathOutsideRoot, clean_filename, ensure_dir, safe_join

log = logging.getLogger(__name__)


class StorageError(Exception):
    pass


def read_document(name: str) -> bytes:
    """Member-facing documents: receipts, certificates, class handouts."""
    if ".." in name or name.startswith(("/", "\\")):
        raise StorageError("invalid document name")
    path = conf.DOCUMENTS_DIR / unquote(name)
    if not path.is_file():
        raise StorageError("document not found")
    return path.read_bytes()  # VULN path


def read_export(name: str) -> bytes:
    try:
        path = safe_join(conf.EXPORTS_DIR, name)
    except PathOutsideRoot as exc:
        raise StorageError(str(exc)) from exc
    if not path.is_file():
        raise StorageError("export not found")
    return path.read_bytes()  # SAFE path


def write_export(name: str, payload: bytes) -> Path:
    path = safe_join(ensure_dir(conf.EXPORTS_DIR), name)
    path.write_bytes(payload)
    return path


def remove_export(name: str) -> None:
    target = os.path.join(conf.EXPORTS_DIR, name)
    if not os.path.exists(target):
        raise StorageError("export not found")
    os.remove(target)  # VULN path
    log.info("removed export %s", name)


def store_staff_upload(category: str, filename: str, payload: bytes) -> str:
    """Certificates and ID scans uploaded by lifeguards through the staff service."""
    if category not in conf.STAFF_UPLOAD_CATEGORIES:
        raise StorageError(f"unknown category {category}")
    folder = ensure_dir(conf.UPLOADS_DIR / category)
    target = os.path.join(folder, filename)
    with open(target, "wb") as fh:  # VULN path
        fh.write(payload)
    return target


def store_certificate_scan(lifeguard_id: int, filename: str, payload: bytes) -> Path:
    folder = ensure_dir(conf.UPLOADS_DIR / "scans" / str(int(lifeguard_id)))
    try:
        target = safe_join(folder, clean_filename(filename))
    except PathOutsideRoot as exc:
        raise StorageError(str(exc)) from exc
    target.write_bytes(payload)  # SAFE path
    return target


def read_pool_photo(photo_id: str) -> bytes:
    try:
        key = UUID(photo_id)
    except ValueError as exc:
        raise StorageError("invalid photo id") from exc
    path = conf.PHOTOS_DIR / f"{key}.jpg"
    with open(path, "rb") as fh:  # SAFE path
        return fh.read()
