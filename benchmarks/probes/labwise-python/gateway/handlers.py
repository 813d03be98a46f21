"""HTTP handlers of the instrument gateway."""
import asyncio
import logging
from datetime import datetime, timezone

from aiohttp import web

from .lis_client import UnknownInstrument
from .storage import InstrumentFileNotFound, list_instrument_files, read_instrument_file

logger = logging.getLogger(__name__)

routes = web.RouteTableDef()

MAX_LIMIT = 500


def _require_instrument_access(request: web.Request, instrument_id: str) -> None:
    if request.get("role") == "operator":
        return
    if request.get("role") == "instrument" and request.get("instrument_id") == instrument_id:
        return
    raise web.HTTPForbidden(reason="not allowed for this instrument")


def _limit(request: web.Request, default: int = 100) -> int:
    try:
        return max(1, min(int(request.query.get("limit", default)), MAX_LIMIT))
    except ValueError:
        raise web.HTTPBadRequest(reason="limit must be an integer")


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "time": datetime.now(timezone.utc).isoformat()})


@routes.post("/readings")
async def post_reading(request: web.Request) -> web.Response:
    if request.get("role") != "instrument":
        raise web.HTTPForbidden(reason="instrument token required")
    body = await request.json()
    instrument_id = request["instrument_id"]
    required = ("accession", "analyte", "value")
    if not all(k in body for k in required):
        raise web.HTTPBadRequest(reason=f"fields required: {', '.join(required)}")
    reading = {
        "accession": str(body["accession"]),
        "analyte_code": str(body["analyte"]).upper(),
        "value": str(body["value"]),
        "unit": str(body.get("unit", "")),
        "flag": str(body.get("flag", "N")),
        "instrument_id": instrument_id,
    }
    store = request.app["log_store"]
    await asyncio.to_thread(store.record, instrument_id, "INFO", f"reading {reading['accession']} {reading['analyte_code']}", reading)
    status = await request.app["lis_client"].forward_reading(reading)
    return web.json_response({"forwarded": status < 400}, status=202)


@routes.post("/logs/{instrument_id}/query")
async def query_logs(request: web.Request) -> web.Response:
    instrument_id = request.match_info["instrument_id"]
    _require_instrument_access(request, instrument_id)
    body = await request.json()
    criteria = body.get("criteria") or {}
    if not isinstance(criteria, dict):
        raise web.HTTPBadRequest(reason="criteria must be an object")
    store = request.app["log_store"]
    events = await asyncio.to_thread(store.search, instrument_id, criteria, _limit(request, 200))
    return web.json_response({"events": events}, dumps=_dumps)


@routes.get("/logs/{instrument_id}/grep")
async def grep_logs(request: web.Request) -> web.Response:
    instrument_id = request.match_info["instrument_id"]
    _require_instrument_access(request, instrument_id)
    text = request.query.get("text", "")
    if len(text) < 3:
        raise web.HTTPBadRequest(reason="search text needs at least 3 characters")
    store = request.app["log_store"]
    events = await asyncio.to_thread(store.grep, instrument_id, text, _limit(request, 200))
    return web.json_response({"events": events}, dumps=_dumps)


@routes.get("/instruments/{instrument_id}/events")
async def instrument_events(request: web.Request) -> web.Response:
    instrument_id = request.match_info["instrument_id"]
    _require_instrument_access(request, instrument_id)
    level = request.query.get("level")
    store = request.app["log_store"]
    try:
        events = await asyncio.to_thread(store.events, instrument_id, level, _limit(request))
    except ValueError as exc:
        raise web.HTTPBadRequest(reason=str(exc))
    return web.json_response({"events": events}, dumps=_dumps)


@routes.get("/instruments/{instrument_id}/status")
async def instrument_status(request: web.Request) -> web.Response:
    instrument_id = request.match_info["instrument_id"]
    _require_instrument_access(request, instrument_id)
    try:
        status = await request.app["status_client"].status(instrument_id)
    except UnknownInstrument:
        raise web.HTTPNotFound(reason="unknown instrument")
    return web.json_response(status)


@routes.get("/instruments/{instrument_id}/files")
async def instrument_files(request: web.Request) -> web.Response:
    instrument_id = request.match_info["instrument_id"]
    _require_instrument_access(request, instrument_id)
    root = request.app["config"].config_root
    name = request.query.get("file")
    if not name:
        return web.json_response({"files": list_instrument_files(root, instrument_id)})
    try:
        content = await asyncio.to_thread(read_instrument_file, root, instrument_id, name)
    except InstrumentFileNotFound:
        raise web.HTTPNotFound(reason="no such file")
    return web.Response(body=content, content_type="application/octet-stream")


def _dumps(obj) -> str:
    import json

    return json.dumps(obj, default=lambda o: o.isoformat() if hasattr(o, "isoformat") else str(o))
