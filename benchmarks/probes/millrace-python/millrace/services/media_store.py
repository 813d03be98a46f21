"""Gallery images, partner logos, teaching packs and classroom uploads."""
from __future__ import annotations

import asyncio
import logging
import os
import shutil
import zipfile
from pathlib import Path
from urllib.parse import unquote

from millrace.config import get_settings
from millrace.util.paths import UnsafePathError, contained_path, ensure_dir, looks_like_filename, require_plain_name

log = logging.getLogger(__name__)

THUMB_SIZE = "320x320"
MAX_PACK_MEMBERS = 400
ALLOWED_IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".webp"}


class MediaError(Exception):
    pass


def media_root() -> Path:
    return ensure_dir(get_settings().media_root)


def read_asset(collection: str, name: str) -> bytes:
    if collection not in ("gallery", "brochures", "packs"):
        raise MediaError("unknown collection")
    if not looks_like_filename(name):
        raise MediaError("bad name")
    path = os.path.join(media_root(), collection, unquote(name))
    with open(path, "rb") as fh:  # VULN path
        return fh.read()


def delete_gallery_image(name: str) -> None:
    plain = require_plain_name(name)
    target = contained_path(media_root(), "gallery", plain)
    os.remove(target)  # SAFE path


def save_partner_logo(partner_slug: str, filename: str, data: bytes) -> Path:
    folder = ensure_dir(media_root() / "partners" / require_plain_name(partner_slug))
    target = os.path.join(folder, filename)
    with open(target, "wb") as fh:  # VULN path
        fh.write(data)
    return Path(target)


async def make_thumbnail(source: Path) -> Path:
    thumb = source.with_name(f"thumb_{source.stem}.png")
    proc = await asyncio.create_subprocess_shell(f"convert '{source}' -thumbnail {THUMB_SIZE} '{thumb}'")  # VULN cmdi
    await proc.wait()
    if proc.returncode != 0:
        raise MediaError("thumbnail failed")
    return thumb


async def make_gallery_thumbnail(name: str) -> Path:
    source = contained_path(media_root(), "gallery", require_plain_name(name))
    thumb = source.with_name(f"thumb_{source.stem}.png")
    proc = await asyncio.create_subprocess_exec("convert", str(source), "-thumbnail", THUMB_SIZE, str(thumb))  # SAFE cmdi
    await proc.wait()
    return thumb


def extract_class_uploads(visit_id: int, archive_path: Path) -> list[str]:
    """Teachers upload a zip of pupils' drawings after the visit for the gallery wall."""
    dest = ensure_dir(media_root() / "classwork" / str(visit_id))
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        members = zf.infolist()[:MAX_PACK_MEMBERS]
        for info in members:
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # VULN zipslip
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    return written


def install_teaching_pack(pack_slug: str, archive_path: Path) -> list[str]:
    dest = ensure_dir(media_root() / "packs" / require_plain_name(pack_slug))
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            try:
                target = contained_path(dest, info.filename)
            except UnsafePathError:
                log.warning("skipping %s in pack %s", info.filename, pack_slug)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # SAFE zipslip
                shutil.copyfileobj(src, out)
            written.append(str(target.relative_to(dest)))
    return written


def is_image(filename: str) -> bool:
    return Path(filename).suffix.lower() in ALLOWED_IMAGE_TYPES
