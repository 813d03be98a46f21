"""File storage helpers for maps, event documents, uploaded results and exports."""
import hashlib
import os
import uuid
from pathlib import Path
from urllib.parse import unquote

from flask import abort, current_app, send_file, send_from_directory
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

ALLOWED_RESULT_EXTENSIONS = {".xml", ".zip", ".csv"}


class StorageError(Exception):
    pass


def resolve_within(base_dir: str, relative: str) -> Path:
    """Resolve *relative* below *base_dir*, refusing anything that escapes it."""
    base = Path(base_dir).resolve()
    candidate = (base / relative).resolve()
    if os.path.commonpath([str(base), str(candidate)]) != str(base):
        raise StorageError(f"path escapes storage root: {relative}")
    return candidate


def send_map_file(filename: str):
    try:
        path = resolve_within(current_app.config["MAP_DIR"], filename)
    except StorageError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="image/png", max_age=3600)  # SAFE path


def send_event_document(event_id: int, name: str):
    folder = os.path.join(current_app.config["DOCUMENTS_DIR"], str(event_id))
    full_path = os.path.join(folder, name)
    if not os.path.exists(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)  # VULN path


def send_club_logo(filename: str):
    return send_from_directory(current_app.config["LOGO_DIR"], filename, max_age=86400)  # SAFE path


def file_checksum(stream) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(65536), b""):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()  # SAFE hash


def save_result_upload(upload: FileStorage, event_id: int) -> tuple[str, str, str]:
    """Store an uploaded results file; returns (display name, stored name, checksum)."""
    display_name = secure_filename(upload.filename or "results.xml")
    ext = os.path.splitext(display_name)[1].lower()
    if ext not in ALLOWED_RESULT_EXTENSIONS:
        raise StorageError(f"unsupported file type {ext}")
    checksum = file_checksum(upload.stream)
    event_dir = os.path.join(current_app.config["UPLOAD_DIR"], str(event_id))
    os.makedirs(event_dir, exist_ok=True)
    stored_name = os.path.join(str(event_id), upload.filename)
    upload.save(os.path.join(current_app.config["UPLOAD_DIR"], stored_name))  # VULN path
    return display_name, stored_name, checksum


def upload_path(stored_name: str) -> str:
    return os.path.join(current_app.config["UPLOAD_DIR"], stored_name)


def open_export(event_id: int, name: str):
    """Open a generated live-results export; *name* may arrive percent-encoded from clients."""
    export_dir = os.environ.get("CONTROLPOINT_EXPORT_DIR", "/var/lib/controlpoint/exports")
    filename = unquote(name)
    return open(os.path.join(export_dir, str(event_id), filename), "rb")  # VULN path


def new_report_path(prefix: str) -> str:
    report_dir = current_app.config["REPORT_DIR"]
    return os.path.join(report_dir, f"{prefix}-{uuid.uuid4().hex}.pdf")
