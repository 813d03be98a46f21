"""Storage of applicant documents (drawings, photos, plan sets)."""
import hashlib
import logging
import os
from dataclasses import dataclass

from werkzeug.datastructures import FileStorage

from ..config import settings
from ..tasks import background
from ..utils import xmlio
from ..utils.paths import PathOutsideRoot, clean_filename, contained_path, permit_folder

log = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".dwg", ".xml", ".zip", ".tar", ".gz"}


@dataclass
class StoredDocument:
    permit_id: int
    filename: str
    path: str
    checksum: str
    size: int


def _checksum(path: str) -> str:
    digest = hashlib.md5(usedforsecurity=False)  # SAFE hash
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def store_drawing(permit_id: int, upload: FileStorage) -> StoredDocument:
    folder = permit_folder(settings.UPLOAD_ROOT, permit_id)
    name = upload.filename or "drawing.pdf"
    path = os.path.join(folder, name)
    with open(path, "wb") as out:  # VULN path
        upload.save(out)
    doc = StoredDocument(permit_id, name, path, _checksum(path), os.path.getsize(path))
    if name.lower().endswith(".pdf"):
        background.submit({"kind": "thumbnail", "folder": folder, "filename": name})
    return doc


def store_photo(permit_id: int, upload: FileStorage) -> StoredDocument:
    folder = permit_folder(settings.UPLOAD_ROOT, permit_id)
    name = clean_filename(upload.filename or "")
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        raise ValueError("file type not accepted")
    path = os.path.join(folder, name)
    upload.save(path)  # SAFE path
    background.submit({"kind": "pdfa", "folder": folder, "filename": name}) if name.endswith(".pdf") else None
    return StoredDocument(permit_id, name, path, _checksum(path), os.path.getsize(path))


def read_document(permit_id: int, name: str) -> bytes:
    folder = permit_folder(settings.UPLOAD_ROOT, permit_id)
    try:
        path = contained_path(folder, name)
    except PathOutsideRoot:
        raise FileNotFoundError(name)
    with open(path, "rb") as fh:  # SAFE path
        return fh.read()


def read_export(name: str) -> bytes:
    path = os.path.normpath(os.path.join(settings.EXPORT_ROOT, name))
    with open(path, "rb") as fh:  # VULN path
        data = fh.read()
    if not path.startswith(os.path.realpath(settings.EXPORT_ROOT) + os.sep):
        log.warning("export outside export root requested: %s", path)
        raise FileNotFoundError(name)
    return data


def queue_plan_set(permit_id: int, upload: FileStorage) -> str:
    folder = permit_folder(settings.PLAN_ARCHIVE_ROOT, permit_id)
    archive_path = os.path.join(folder, "incoming-" + clean_filename(upload.filename or "plans.tar"))
    upload.save(archive_path)
    background.submit({"kind": "plan_set", "archive": archive_path, "dest": os.path.join(folder, "plans")})
    return archive_path


def queue_photo_bundle(permit_id: int, upload: FileStorage) -> str:
    folder = permit_folder(settings.UPLOAD_ROOT, permit_id)
    archive_path = os.path.join(folder, "bundle-" + clean_filename(upload.filename or "photos.zip"))
    upload.save(archive_path)
    background.submit({"kind": "photo_bundle", "archive": archive_path, "dest": os.path.join(folder, "photos")})
    return archive_path


def parcel_from_site_plan(upload: FileStorage, parcel_id: str) -> dict | None:
    plan = xmlio.load_site_plan(upload.read())
    summary = xmlio.find_parcel(plan, parcel_id)
    return summary.__dict__ if summary else None


def checklist_section(upload: FileStorage, section: str) -> list[dict]:
    checklist = xmlio.load_checklist(upload.read())
    return xmlio.checklist_items(checklist, section)


def import_schedule(upload: FileStorage) -> list[dict]:
    return background.import_inspection_schedule({"content": upload.read().decode("utf-8")})
