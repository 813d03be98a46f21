"""Gallery, brochure downloads, newsletter image proxy and visit-day weather."""
from __future__ import annotations

import mimetypes

from quart import Blueprint, Response, abort, jsonify, request

from millrace.services import outbound
from millrace.services.media_store import MediaError, make_gallery_thumbnail, read_asset
from millrace.util.text import normalise_postcode

media_bp = Blueprint("media", __name__)


@media_bp.route("/<collection>/<name>")
async def asset(collection: str, name: str):
    try:
        data = read_asset(collection, name)
    except (MediaError, FileNotFoundError):
        abort(404)
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Response(data, content_type=content_type, headers={"Cache-Control": "public, max-age=86400"})


@media_bp.route("/gallery/<name>/thumbnail")
async def gallery_thumbnail(name: str):
    thumb = await make_gallery_thumbnail(name)
    return Response(thumb.read_bytes(), content_type="image/png")


@media_bp.route("/newsletter-image")
async def newsletter_image():
    src = request.args.get("src", "")
    try:
        data, content_type = await outbound.fetch_newsletter_image(src)
    except outbound.OutboundError:
        abort(400)
    return Response(data, content_type=content_type)


@media_bp.route("/weather")
async def weather():
    postcode = normalise_postcode(request.args.get("postcode", ""))
    if postcode is None:
        return jsonify({"error": "enter a UK postcode"}), 400
    outlook = await outbound.weather_outlook(postcode.split(" ")[0], days=request.args.get("days", 3, type=int))
    return jsonify(outlook)
