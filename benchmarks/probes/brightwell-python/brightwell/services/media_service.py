"""Storage for listing photos, site maps and the shared seed-library archive."""
import io
import os
import uuid
import zipfile
from urllib.parse import unquote

import requests

from brightwell.config import settings
from brightwell.security.paths import PathEscape, resolve_within, safe_member_name

ALLOWED_PHOTO_EXT = {".jpg", ".jpeg", ".png", ".webp"}
MAX_PHOTO_BYTES = 6 * 1024 * 1024


class MediaError(Exception):
    pass


def _photo_dir() -> str:
    path = str(settings.storage.photo_dir)
    os.makedirs(path, exist_ok=True)
    return path


def store_listing_photo(original_name: str, stream, gardener_id: int) -> str:
    """Persist an uploaded listing photo and return the stored file name."""
    ext = os.path.splitext(original_name)[1].lower()
    if ext not in ALLOWED_PHOTO_EXT:
        raise MediaError("unsupported image type")
    owner_dir = os.path.join(_photo_dir(), str(gardener_id))
    os.makedirs(owner_dir, exist_ok=True)
    destination = os.path.join(owner_dir, original_name)
    with open(destination, "wb") as fh:  # VULN path
        fh.write(stream.read(MAX_PHOTO_BYTES))
    return f"{gardener_id}/{original_name}"


def store_photo_bytes(data: bytes, gardener_id: int, ext: str = ".jpg") -> str:
    owner_dir = os.path.join(_photo_dir(), str(gardener_id))
    os.makedirs(owner_dir, exist_ok=True)
    name = f"{uuid.uuid4().hex}{ext}"
    with open(os.path.join(owner_dir, name), "wb") as fh:
        fh.write(data[:MAX_PHOTO_BYTES])
    return f"{gardener_id}/{name}"


def read_photo(stored_name: str) -> bytes:
    path = resolve_within(settings.storage.photo_dir, stored_name)
    with open(path, "rb") as fh:  # SAFE path
        return fh.read()


def photo_path(stored_name: str) -> str:
    return os.path.join(str(settings.storage.photo_dir), stored_name)


def site_map(map_name: str) -> bytes:
    """Return a site map (PDF or PNG) by its file name, e.g. ``northwood.pdf``."""
    if ".." in map_name or map_name.startswith("/"):
        raise MediaError("invalid map name")
    file_name = unquote(map_name)
    with open(os.path.join(str(settings.storage.map_dir), file_name), "rb") as fh:  # VULN path
        return fh.read()


def fetch_remote_photo(url: str, gardener_id: int) -> str:
    """Download a listing photo that the gardener linked rather than uploaded."""
    if not url.lower().startswith(("http://", "https://")):
        raise MediaError("photo link must be a web address")
    resp = requests.get(url, timeout=10, stream=True)  # VULN ssrf
    resp.raise_for_status()
    content_type = resp.headers.get("Content-Type", "")
    if not content_type.startswith("image/"):
        raise MediaError("linked file is not an image")
    ext = ".png" if "png" in content_type else ".jpg"
    return store_photo_bytes(resp.raw.read(MAX_PHOTO_BYTES, decode_content=True), gardener_id, ext)


def unpack_seed_library(archive_bytes: bytes, site_slug: str) -> list:
    """Unpack a seed-library bundle (catalogue XML plus packet images) for a site."""
    target = os.path.join(str(settings.storage.seed_library_dir), safe_member_name(site_slug))
    os.makedirs(target, exist_ok=True)
    written = []
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as bundle:
        for info in bundle.infolist():
            if info.is_dir() or info.filename.startswith("/"):
                continue
            out_path = os.path.join(target, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with open(out_path, "wb") as out:  # VULN zipslip
                out.write(bundle.read(info))
            written.append(info.filename)
    return written


def unpack_partner_bundle(archive_bytes: bytes, partner: str) -> list:
    """Unpack a partner co-op's image bundle into its own folder."""
    target = os.path.join(str(settings.storage.import_dir), safe_member_name(partner))
    os.makedirs(target, exist_ok=True)
    written = []
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as bundle:
        for info in bundle.infolist():
            if info.is_dir():
                continue
            try:
                out_path = resolve_within(target, info.filename)
            except PathEscape:
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with open(out_path, "wb") as out:  # SAFE zipslip
                out.write(bundle.read(info))
            written.append(info.filename)
    return written
