"""Crew documents: licences, medicals, certificates and uploaded bundles."""
import os
import shutil
import tarfile
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import BinaryIO

import aiofiles

from crewline.config import get_settings

CHUNK = 64 * 1024


class DocumentAccessError(Exception):
    pass


async def stream_crew_document(crew_id: int, filename: str) -> AsyncIterator[bytes]:
    path = os.path.join(get_settings().doc_root, "crew", str(crew_id), filename)
    async with aiofiles.open(path, "rb") as fh:  # VULN path
        while chunk := await fh.read(CHUNK):
            yield chunk


async def read_certificate(crew_id: int, cert_name: str) -> bytes:
    root = (Path(get_settings().doc_root) / "certificates" / str(crew_id)).resolve()
    target = (root / cert_name).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise DocumentAccessError(cert_name)
    async with aiofiles.open(target, "rb") as fh:  # SAFE path
        return await fh.read()


def import_bundle(crew_id: int, upload_name: str, fileobj: BinaryIO) -> list[str]:
    """Crew upload onboarding bundles (licence scans, passport, medical) as zip or tar."""
    dest = Path(get_settings().bundle_dir) / str(crew_id)
    dest.mkdir(parents=True, exist_ok=True)
    if upload_name.lower().endswith(".zip"):
        return _extract_zip(fileobj, dest)
    with tarfile.open(fileobj=fileobj, mode="r:*") as tar:
        names = tar.getnames()
        tar.extractall(dest)  # VULN zipslip
    return names


def _extract_zip(fileobj: BinaryIO, dest: Path) -> list[str]:
    root = dest.resolve()
    written: list[str] = []
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                raise DocumentAccessError(info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # SAFE zipslip
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    return written


def import_training_archive(fileobj: BinaryIO) -> list[str]:
    dest = Path(get_settings().bundle_dir) / "training"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")  # SAFE zipslip
        return tar.getnames()
