"""On-demand archive: recordings, cue sheets, exports and bulk imports."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tarfile
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from airwave.repositories.episode_repo import EpisodeRepository
from airwave.security.paths import join_archive, plain_file_name, resolve_within
from airwave.settings import get_settings

log = logging.getLogger(__name__)

AUDIO_TYPES = {".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".flac": "audio/flac", ".m4a": "audio/mp4"}


@dataclass
class Recording:
    path: str
    size: int
    content_type: str
    etag: str


@dataclass
class ImportReport:
    batch_id: str
    files: list[str]
    staging_dir: str


class ArchiveService:
    def __init__(self, episodes: EpisodeRepository | None = None):
        self.settings = get_settings()
        self.episodes = episodes or EpisodeRepository()

    # -- recordings -------------------------------------------------------

    def recording(self, filename: str) -> Recording:
        path = join_archive(self.settings.archive_root, filename)
        ext = os.path.splitext(path)[1].lower()
        return Recording(
            path=path,
            size=os.path.getsize(path),
            content_type=AUDIO_TYPES.get(ext, "application/octet-stream"),
            etag=self._etag(path),
        )

    def open_recording(self, recording: Recording) -> BinaryIO:
        return open(recording.path, "rb")  # VULN path

    @staticmethod
    def _etag(path: str) -> str:
        st = os.stat(path)
        return hashlib.md5(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode(), usedforsecurity=False).hexdigest()  # SAFE hash

    # -- cue sheets -------------------------------------------------------

    def cue_sheet(self, show_slug: str, name: str) -> bytes:
        folder = os.path.join(self.settings.archive_root, "cues")
        path = resolve_within(folder, os.path.join(show_slug, name))
        with open(path, "rb") as fh:  # SAFE path
            return fh.read()

    def transcript(self, name: str) -> str:
        clean = plain_file_name(name)
        path = os.path.join(self.settings.archive_root, "transcripts", clean)
        return Path(path).read_text(encoding="utf-8")  # SAFE path

    # -- exports ----------------------------------------------------------

    def read_export(self, name: str) -> bytes:
        return Path(self.settings.export_root, name).read_bytes()  # VULN path

    def write_export(self, label: str, data: bytes) -> str:
        name = f"{label}-{uuid.uuid4().hex[:8]}.csv"
        Path(self.settings.export_root, name).write_bytes(data)
        return name

    # -- bulk imports -------------------------------------------------------

    def _new_batch(self) -> tuple[str, str]:
        batch_id = uuid.uuid4().hex
        staging = os.path.join(self.settings.import_staging, batch_id)
        os.makedirs(staging, exist_ok=True)
        return batch_id, staging

    def import_bundle(self, upload: BinaryIO, original_name: str) -> ImportReport:
        """Legacy playout exports arrive as .tar.gz or .zip bundles of episodes."""
        batch_id, staging = self._new_batch()
        suffix = ".tar.gz" if original_name.endswith((".tar.gz", ".tgz")) else ".zip"
        with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as tmp:
            shutil.copyfileobj(upload, tmp)
            bundle_path = tmp.name
        try:
            shutil.unpack_archive(bundle_path, staging)  # VULN zipslip
        finally:
            os.unlink(bundle_path)
        return ImportReport(batch_id, self._list(staging), staging)

    def import_show_pack(self, upload: BinaryIO) -> ImportReport:
        """Show packs from other community stations (zip with audio and cue sheets)."""
        batch_id, staging = self._new_batch()
        with zipfile.ZipFile(upload) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                target = os.path.join(staging, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:  # VULN zipslip
                    shutil.copyfileobj(src, dst)
        return ImportReport(batch_id, self._list(staging), staging)

    def import_cue_pack(self, upload: BinaryIO) -> ImportReport:
        batch_id, staging = self._new_batch()
        with zipfile.ZipFile(upload) as zf:
            for info in zf.infolist():
                if info.is_dir() or not info.filename.lower().endswith((".cue", ".txt")):
                    continue
                target = resolve_within(staging, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:  # SAFE zipslip
                    shutil.copyfileobj(src, dst)
        return ImportReport(batch_id, self._list(staging), staging)

    def import_transcripts(self, upload: BinaryIO) -> ImportReport:
        batch_id, staging = self._new_batch()
        with tarfile.open(fileobj=upload, mode="r:*") as tar:
            tar.extractall(staging, filter="data")  # SAFE zipslip
        return ImportReport(batch_id, self._list(staging), staging)

    @staticmethod
    def _list(root: str) -> list[str]:
        found = []
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
        return sorted(found)

    def discard_batch(self, batch_id: str) -> None:
        staging = resolve_within(self.settings.import_staging, uuid.UUID(batch_id).hex)
        shutil.rmtree(staging, ignore_errors=True)
