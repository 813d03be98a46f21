"""Partner API for local authorities: school registers and establishment lookups."""
from __future__ import annotations

from functools import lru_cache

from lxml import etree
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from millrace.config import get_settings
from millrace.partner.auth import requires
from millrace.services import school_import


@lru_cache(maxsize=1)
def _dfe_feed() -> etree._Element:
    feed = get_settings().media_root / "feeds" / "dfe_establishments.xml"
    return school_import.parse_dfe_feed(feed.read_bytes())


@requires("schools:write")
async def upload_register(request: Request) -> Response:
    authority = request.query_params.get("authority", "").strip()
    if not authority:
        return JSONResponse({"error": "authority is required"}, status_code=422)
    body = await request.body()
    try:
        root = school_import.parse_authority_register(body)
    except etree.XMLSyntaxError as exc:
        return JSONResponse({"error": f"invalid XML: {exc}"}, status_code=400)
    summary = school_import.import_register(root, authority)
    return JSONResponse({"seen": summary.seen, "stored": summary.stored, "skipped": summary.skipped, "authority": root.get("name", authority)})


@requires("schools:read")
async def lookup(request: Request) -> Response:
    urn = request.query_params.get("urn")
    name = request.query_params.get("name")
    root = _dfe_feed()
    if urn:
        found = school_import.establishment_by_urn(root, urn)
        return JSONResponse(found or {"error": "no such URN"}, status_code=200 if found else 404)
    if name:
        return JSONResponse({"results": school_import.establishments_named(root, name)})
    return JSONResponse({"error": "give urn or name"}, status_code=422)


@requires("schools:write")
async def term_dates(request: Request) -> Response:
    raw = (await request.body()).decode("utf-8", errors="replace")
    try:
        data = school_import.load_term_dates(raw)
    except ValueError as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
    return JSONResponse({"terms": sorted(data.keys())})
