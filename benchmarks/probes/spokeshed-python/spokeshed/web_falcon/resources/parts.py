"""Parts counter endpoints."""
from __future__ import annotations

import falcon

from spokeshed.domain.dto import StockMovement
from spokeshed.services import rendering


class _Base:
    def __init__(self, container) -> None:
        self.c = container


class PartsResource(_Base):
    async def on_get(self, req, resp):
        category = req.get_param("category")
        sort = req.get_param("sort") or "name"
        parts = self.c.parts.browse(category, sort)
        if req.client_prefers([falcon.MEDIA_JSON, falcon.MEDIA_HTML]) == falcon.MEDIA_JSON:
            resp.media = [p.as_dict() for p in parts]
            return
        resp.content_type = falcon.MEDIA_HTML
        resp.text = rendering.render_page("parts_list.mako", parts=parts, category=category, sort=sort)


class LowStockResource(_Base):
    async def on_get(self, req, resp):
        threshold = req.get_param("below") or "3"
        resp.media = [p.as_dict() for p in self.c.parts.running_low(threshold)]


class StockMovementResource(_Base):
    async def on_post(self, req, resp):
        media = await req.get_media()
        try:
            movement = StockMovement(
                sku=str(media["sku"]),
                delta=int(media["delta"]),
                reason=str(media["reason"]),
                booking_id=int(media["booking_id"]) if media.get("booking_id") else None,
                volunteer_id=req.context.session.get("volunteer_id"),
            )
        except (KeyError, ValueError, TypeError):
            raise falcon.HTTPBadRequest(description="sku, delta and reason are required")
        resp.media = {"sku": movement.sku, "qty_on_hand": self.c.parts.move_stock(movement)}


class LabelResource(_Base):
    async def on_post(self, req, resp, sku: str):
        media = await req.get_media()
        job = self.c.parts.queue_label(
            sku,
            title=media.get("title"),
            copies=int(media.get("copies", 1)),
            printer=media.get("printer"),
        )
        resp.status = falcon.HTTP_202
        resp.media = {"queued": job.sku, "copies": job.copies}


class AlternativeResource(_Base):
    async def on_get(self, req, resp, sku: str):
        supplier = req.get_param("supplier", required=True)
        mfr_code = req.get_param("mfr")
        if mfr_code:
            resp.media = {"items": self.c.parts.by_manufacturer_code(supplier, mfr_code)}
            return
        item = self.c.parts.supplier_alternative(supplier, sku)
        if item is None:
            raise falcon.HTTPNotFound(description=f"{supplier} does not list {sku}")
        resp.media = item
