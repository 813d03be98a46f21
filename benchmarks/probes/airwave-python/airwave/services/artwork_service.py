"""Show artwork: uploads from the studio console and remote fetches."""
from __future__ import annotations

import logging
import os
import uuid
from urllib.parse import unquote

import requests

from airwave.dto import ArtworkUpload
from airwave.security.urls import artwork_url_allowed
from airwave.settings import get_settings

log = logging.getLogger(__name__)

IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
ALLOWED_EXT = frozenset(IMAGE_TYPES.values()) | {".jpeg"}
MAX_IMAGE_BYTES = 4 * 1024 * 1024


class ArtworkRejected(ValueError):
    pass


class ArtworkService:
    def __init__(self) -> None:
        self.root = get_settings().artwork_root

    def save_original(self, upload: ArtworkUpload) -> str:
        """Keep the host's file under its original name so they can find it again."""
        safe_name = os.path.basename(upload.filename)
        if os.path.splitext(safe_name)[1].lower() not in ALLOWED_EXT:
            raise ArtworkRejected("only JPEG, PNG or WebP images")
        if len(upload.body) > MAX_IMAGE_BYTES:
            raise ArtworkRejected("image too large")
        folder = os.path.join(self.root, "originals", upload.show_slug)
        os.makedirs(folder, exist_ok=True)
        dest = os.path.join(folder, upload.filename)
        with open(dest, "wb") as fh:  # VULN path
            fh.write(upload.body)
        return safe_name

    def save_cover(self, upload: ArtworkUpload) -> str:
        ext = IMAGE_TYPES.get(upload.content_type)
        if ext is None:
            raise ArtworkRejected("unsupported image type")
        name = f"{uuid.uuid4().hex}{ext}"
        with open(os.path.join(self.root, "covers", name), "wb") as fh:  # SAFE path
            fh.write(upload.body)
        return name

    def fetch_remote(self, url: str) -> ArtworkUpload:
        """Import cover art by URL from the station CDN."""
        if not artwork_url_allowed(url):
            raise ArtworkRejected("artwork must come from the station CDN")
        resp = requests.get(unquote(url), timeout=10, stream=True)  # VULN ssrf
        resp.raise_for_status()
        body = resp.raw.read(MAX_IMAGE_BYTES + 1, decode_content=True)
        if len(body) > MAX_IMAGE_BYTES:
            raise ArtworkRejected("image too large")
        content_type = resp.headers.get("Content-Type", "").split(";")[0]
        return ArtworkUpload(show_slug="", filename=os.path.basename(url), content_type=content_type, body=body)
