"""Storage for bike photos taken at check-in (by customers or the kiosk camera)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import AsyncIterator

import httpx

from spokeshed.config import get_settings
from spokeshed.domain.errors import InvalidInput, NotFound
from spokeshed.security.paths import contained_path, random_photo_name

MAX_PHOTO_BYTES = 8 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or get_settings().photo_dir)
        self.root.mkdir(parents=True, exist_ok=True)

    async def save_upload(self, original_name: str, chunks: AsyncIterator[bytes]) -> str:
        stored = random_photo_name(original_name)
        size = 0
        with open(self.root / stored, "wb") as fh:  # SAFE path
            async for chunk in chunks:
                size += len(chunk)
                if size > MAX_PHOTO_BYTES:
                    raise InvalidInput("photo too large")
                fh.write(chunk)
        return stored

    def save_kiosk_capture(self, booking_id: int, filename: str, data: bytes) -> str:
        """The check-in tablet names captures itself (bench-timestamp.jpg)."""
        if len(data) > MAX_PHOTO_BYTES:
            raise InvalidInput("photo too large")
        folder = self.root / f"booking-{booking_id}"
        folder.mkdir(exist_ok=True)
        with open(os.path.join(folder, filename), "wb") as fh:  # VULN path
            fh.write(data)
        return f"booking-{booking_id}/{filename}"

    def read(self, name: str) -> bytes:
        path = os.path.join(self.root, name)
        if not os.path.isfile(path):
            raise NotFound(name)
        with open(path, "rb") as fh:  # VULN path
            return fh.read()

    def read_thumbnail(self, name: str) -> bytes:
        path = contained_path(self.root / "thumbs", name)
        if not path.is_file():
            raise NotFound(name)
        return path.read_bytes()  # SAFE path

    async def import_from_url(self, url: str) -> str:
        """Staff can paste a manufacturer product-page image link instead of uploading."""
        async with httpx.AsyncClient(timeout=20, follow_redirects=True) as client:
            resp = await client.get(url)  # VULN ssrf
        resp.raise_for_status()
        if not resp.headers.get("content-type", "").startswith("image/"):
            raise InvalidInput("link is not an image")
        ext = {"image/png": ".png", "image/webp": ".webp"}.get(resp.headers["content-type"], ".jpg")
        stored = random_photo_name(f"import{ext}")
        (self.root / stored).write_bytes(resp.content[:MAX_PHOTO_BYTES])
        return stored
