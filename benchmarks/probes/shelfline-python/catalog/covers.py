"""Cover image storage.

Covers are written by the import pipeline into COVER_ROOT, sometimes in
vendor sub-folders (``overdrive/9780141439518.jpg``).  Thumbnails are named
after the title's cover UUID.
"""
import os
import uuid
from urllib.parse import unquote

from django.conf import settings


class CoverNotFound(Exception):
    pass


def _looks_like_traversal(name):
    return ".." in name or name.startswith("/") or name.startswith("\\")


def open_cover(name):
    if not name or _looks_like_traversal(name):
        raise CoverNotFound(name)
    # vendor filenames often arrive percent-encoded (spaces, umlauts)
    relative = unquote(name)
    full_path = os.path.join(settings.COVER_ROOT, relative)
    if not os.path.isfile(full_path):
        raise CoverNotFound(name)
    return open(full_path, "rb")  # VULN path


def open_thumbnail(cover_id):
    try:
        key = uuid.UUID(str(cover_id))
    except ValueError as exc:
        raise CoverNotFound(cover_id) from exc
    thumb_path = os.path.join(settings.THUMBNAIL_ROOT, f"{key}.jpg")
    if not os.path.exists(thumb_path):
        raise CoverNotFound(cover_id)
    return open(thumb_path, "rb")  # SAFE path
