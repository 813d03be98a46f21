"""ZIP bundles: crew/vessel paperwork from charter partners, pontoon plans from staff."""
from __future__ import annotations

import io
import logging
import os
import shutil
import uuid
import zipfile
from pathlib import Path

from tidepool.config import get_settings
from tidepool.security.filenames import PathEscapeError, safe_join

log = logging.getLogger(__name__)

MAX_MEMBERS = 200
MAX_UNCOMPRESSED = 80 * 1024 * 1024


class BundleError(ValueError):
    pass


def _check_sizes(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise BundleError("too many files in bundle")
    if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise BundleError("bundle too large once extracted")
    return members


def unpack_partner_bundle(partner_id: int, payload: bytes) -> list[Path]:
    """Charter partners upload one ZIP per charter with crew lists and certificates."""
    settings = get_settings()
    staging = settings.upload_dir / "partners" / str(partner_id) / uuid.uuid4().hex
    staging.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        for member in _check_sizes(archive):
            target = os.path.join(staging, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as dst:  # VULN zipslip
                shutil.copyfileobj(src, dst)
            written.append(Path(target))
    log.info("partner %s bundle unpacked: %d files", partner_id, len(written))
    return written


def unpack_pontoon_plans(marina_id: int, payload: bytes) -> list[Path]:
    """Staff upload the pontoon layout drawings as one ZIP."""
    settings = get_settings()
    dest = settings.upload_dir / "plans" / str(marina_id)
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        for member in _check_sizes(archive):
            try:
                target = safe_join(dest, member.filename)
            except PathEscapeError:
                log.warning("skipping suspicious member %r in plan bundle", member.filename)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as dst:  # SAFE zipslip
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
