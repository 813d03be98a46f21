"""Supplier feeds, price-list previews and catalogue bundles."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Controller, get, post, put
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.params import Body

from spokeshed.config import get_settings
from spokeshed.domain.dto import SupplierFeed
from spokeshed.repositories.settings import SettingsRepository
from spokeshed.services.catalogue_import import parse_price_list, parse_stock_take, unpack_images, unpack_manuals
from spokeshed.web_litestar.guards import coordinator_guard, staff_guard

Upload = Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]


@dataclass
class FeedPayload:
    name: str
    feed_url: str
    format: str = "xml"


@dataclass
class CataloguePayload:
    url: str


class SupplierController(Controller):
    path = "/suppliers"
    guards = [staff_guard]

    @get("/")
    async def list_feeds(self, settings_repo: SettingsRepository) -> list[dict[str, Any]]:
        return [f.__dict__ for f in settings_repo.feeds()]

    @put("/{code:str}/feed", guards=[coordinator_guard])
    async def save_feed(self, code: str, data: FeedPayload, settings_repo: SettingsRepository) -> dict[str, Any]:
        if not data.feed_url.startswith(("http://", "https://")):
            raise ValidationException("feed_url must be a web address")
        if data.format not in ("xml", "csv"):
            raise ValidationException("format must be xml or csv")
        feed = SupplierFeed(supplier_code=code.upper(), name=data.name, feed_url=data.feed_url, format=data.format)
        settings_repo.save_feed(feed)
        return feed.__dict__

    @post("/{code:str}/pull", status_code=202)
    async def pull(self, code: str) -> dict[str, str]:
        from spokeshed.workers.actors import pull_supplier_feed

        pull_supplier_feed.send(code.upper())
        return {"queued": code.upper()}

    @post("/{code:str}/catalogue", guards=[coordinator_guard], status_code=202)
    async def cache_catalogue(self, code: str, data: CataloguePayload) -> dict[str, str]:
        from spokeshed.workers.actors import cache_catalogue

        cache_catalogue.send(code.upper(), data.url)
        return {"queued": code.upper()}

    @post("/price-list/preview")
    async def preview_price_list(self, data: Upload) -> dict[str, Any]:
        lines = parse_price_list(await data.read())
        return {"count": len(lines), "first": [l.__dict__ for l in lines[:20]]}

    @post("/stock-take")
    async def stock_take(self, data: Upload) -> dict[str, int]:
        return parse_stock_take(await data.read())

    @post("/{code:str}/images", guards=[coordinator_guard])
    async def upload_images(self, code: str, data: Upload) -> dict[str, Any]:
        dest = get_settings().catalogue_dir / "images" / code.lower()
        written = unpack_images(await data.read(), dest)
        return {"images": len(written)}

    @post("/manuals", guards=[coordinator_guard])
    async def upload_manuals(self, data: Upload) -> dict[str, Any]:
        written = unpack_manuals(await data.read(), get_settings().data_dir / "manuals")
        return {"manuals": written}
