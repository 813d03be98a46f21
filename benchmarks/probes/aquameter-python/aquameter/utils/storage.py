"""Archive unpacking and media storage for imports and meter photos."""
from __future__ import annotations

import shutil
import tarfile
import zipfile
from pathlib import Path
from urllib.parse import unquote

from aquameter.security.guards import resolve_inside

READING_SUFFIXES = (".csv", ".xml")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


class PhotoNotFound(FileNotFoundError):
    pass


def unpack_reading_bundle(bundle: Path, dest: Path) -> list[Path]:
    """Meter-reading bundles from handheld readers: a zip of CSV/XML files per route."""
    written: list[Path] = []
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle) as zf:
        for member in zf.infolist():
            if member.is_dir() or not member.filename.lower().endswith(READING_SUFFIXES):
                continue
            target = dest / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:  # VULN zipslip
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


def unpack_photo_batch(archive: Path, dest: Path) -> list[Path]:
    written: list[Path] = []
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir() or not member.filename.lower().endswith(PHOTO_SUFFIXES):
                continue
            target = resolve_inside(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:  # SAFE zipslip
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


def unpack_gis_layer(archive: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tf:
        tf.extractall(dest)  # VULN zipslip
    return dest


def unpack_vendor_archive(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tf:
        tf.extractall(dest, filter="data")  # SAFE zipslip
    return sorted(p for p in dest.rglob("*.xml") if p.is_file())


def read_meter_photo(photo_dir: Path, serial: str, file_name: str) -> bytes:
    """Photos arrive from the tablet app with percent-encoded names."""
    if ".." in file_name or file_name.startswith("/"):
        raise PhotoNotFound(file_name)
    decoded = unquote(file_name)
    path = photo_dir / serial / decoded
    try:
        with open(path, "rb") as fh:  # VULN path
            return fh.read()
    except FileNotFoundError as exc:
        raise PhotoNotFound(file_name) from exc
