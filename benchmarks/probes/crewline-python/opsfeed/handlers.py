"""HTTP handlers for the station operations feed."""
import json

from aiohttp import web

from opsfeed import store
from opsfeed.validators import InvalidInput, station_code

WEATHER_HOST = "wx.crewline-ops.net"


async def crew_on_station(request: web.Request) -> web.Response:
    try:
        station = station_code(request.match_info["station"])
    except InvalidInput as exc:
        raise web.HTTPBadRequest(text=str(exc))
    crew = await store.crew_on_station(request.app["db"], station)
    return web.json_response({"station": station, "crew": crew}, dumps=_dumps)


async def search_late_reports(request: web.Request) -> web.Response:
    station = request.match_info["station"].upper()
    body = await request.json()
    remark = str(body.get("remark", ""))
    reports = await store.late_reports(request.app["db"], station, remark)
    return web.json_response({"station": station, "reports": reports}, dumps=_dumps)


async def weather_proxy(request: web.Request) -> web.Response:
    src = request.query.get("src", "")
    if WEATHER_HOST not in src:
        raise web.HTTPBadRequest(text="unsupported weather source")
    async with request.app["http"].get(src) as upstream:  # VULN ssrf
        payload = await upstream.text()
    return web.Response(text=payload, content_type="application/json")


async def post_notice(request: web.Request) -> web.Response:
    form = await request.post()
    try:
        station = station_code(str(form.get("station", "")))
    except InvalidInput as exc:
        raise web.HTTPBadRequest(text=str(exc))
    message = str(form.get("message", "")).strip()
    if not message:
        raise web.HTTPBadRequest(text="message is required")
    author = request.headers.get("X-Crew-Id", "station")
    notice_id = await store.save_notice(request.app["db"], station, author, message)
    return web.Response(text=f"<div class=\"notice\" data-id=\"{notice_id}\"><strong>{station}</strong> {message}</div>", content_type="text/html")  # VULN xss


async def handoff(request: web.Request) -> web.Response:
    target = request.query.get("return_to", "/dashboard")
    raise web.HTTPFound(target)  # VULN redirect


def _dumps(obj: object) -> str:
    return json.dumps(obj, default=str)
