"""Bike photo endpoints: customer uploads, kiosk captures, imports and downloads."""
from __future__ import annotations

import base64
import binascii
import mimetypes

import falcon


class _Base:
    def __init__(self, container) -> None:
        self.c = container


class BookingPhotosResource(_Base):
    async def on_post(self, req, resp, booking_id: int):
        await self.c.bookings.get(booking_id)
        form = await req.get_media()
        saved = []
        async for part in form:
            if part.name != "photo" or not part.filename:
                continue
            stored = await self.c.photos.save_upload(part.filename, part.stream)
            await self.c.booking_repo.attach_customer_photo(booking_id, stored, part.filename)
            saved.append(stored)
        resp.status = falcon.HTTP_201
        resp.media = {"saved": saved}


class KioskCaptureResource(_Base):
    async def on_post(self, req, resp, booking_id: int):
        await self.c.bookings.get(booking_id)
        media = await req.get_media()
        try:
            data = base64.b64decode(media["data"], validate=True)
            filename = str(media["filename"])
        except (KeyError, binascii.Error):
            raise falcon.HTTPBadRequest(description="filename and base64 data required")
        stored = self.c.photos.save_kiosk_capture(booking_id, filename, data)
        await self.c.booking_repo.set_photo(booking_id, stored)
        resp.status = falcon.HTTP_201
        resp.media = {"photo": stored, "bench": req.context.bench.get("bench")}


class PhotoImportResource(_Base):
    async def on_post(self, req, resp, booking_id: int):
        await self.c.bookings.get(booking_id)
        media = await req.get_media()
        url = str(media.get("url", "")).strip()
        if not url.startswith(("http://", "https://")):
            raise falcon.HTTPBadRequest(description="paste a web link to the image")
        stored = await self.c.photos.import_from_url(url)
        await self.c.booking_repo.attach_customer_photo(booking_id, stored, url[-120:])
        resp.status = falcon.HTTP_201
        resp.media = {"photo": stored}


class PhotoResource(_Base):
    async def on_get(self, req, resp):
        name = req.get_param("name", required=True)
        resp.data = self.c.photos.read(name)
        resp.content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        resp.cache_control = ["private", "max-age=3600"]


class ThumbnailResource(_Base):
    async def on_get(self, req, resp):
        name = req.get_param("name", required=True)
        resp.data = self.c.photos.read_thumbnail(name)
        resp.content_type = mimetypes.guess_type(name)[0] or "image/jpeg"
