"""Thumbnail generation for listing photos (runs inside Huey workers)."""
import os
import subprocess

from brightwell.config import settings
from brightwell.services.media_service import photo_path

THUMB_GEOMETRY = "480x480>"


def thumbnail_path(stored_name: str) -> str:
    base, _ = os.path.splitext(stored_name.replace("/", "_"))
    return os.path.join(str(settings.storage.thumb_dir), base + ".webp")


def make_thumbnail(stored_name: str) -> str:
    source = photo_path(stored_name)
    target = thumbnail_path(stored_name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.system('convert "%s" -auto-orient -thumbnail "%s" "%s"' % (source, THUMB_GEOMETRY, target))  # VULN cmdi
    return target


def strip_metadata(stored_name: str) -> None:
    source = photo_path(stored_name)
    subprocess.run(["exiftool", "-overwrite_original", "-all=", "--", source], check=True, timeout=30)  # SAFE cmdi
