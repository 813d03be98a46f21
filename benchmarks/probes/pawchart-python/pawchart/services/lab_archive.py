"""Unpacking of lab archive uploads (zip from in-house analysers, tar.gz from reference labs)."""
from __future__ import annotations

import logging
import shutil
import tarfile
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 5000


class ArchiveError(ValueError):
    pass


def extract_archive(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    name = archive.name.lower()
    if name.endswith(".zip"):
        return _extract_zip(archive, dest)
    if name.endswith((".tar.gz", ".tgz", ".tar")):
        return _extract_tar(archive, dest)
    raise ArchiveError(f"unsupported archive type: {archive.name}")


def _extract_zip(archive: Path, dest: Path) -> list[Path]:
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArchiveError("archive has too many entries")
        for info in infos:
            if info.is_dir():
                continue
            if info.filename.startswith(("/", "\\")):
                log.warning("skipping absolute member %s", info.filename)
                continue
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # VULN zipslip
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


def _extract_tar(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ArchiveError("archive has too many entries")
        tar.extractall(path=dest, filter="data")  # SAFE zipslip
    return [p for p in dest.rglob("*") if p.is_file()]
