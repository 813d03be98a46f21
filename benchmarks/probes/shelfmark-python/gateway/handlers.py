import os

import aiohttp
import jwt
from aiohttp import web

from . import config
from .store import EventStore, ReviewStore

events = EventStore()
reviews = ReviewStore()


def _claims(request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise web.HTTPUnauthorized()
    token = header[7:]
    try:
        return jwt.decode(token, config.GATEWAY_JWT_KEY, algorithms=["HS256", "none"])  # VULN jwt
    except jwt.PyJWTError:
        raise web.HTTPUnauthorized()


async def branch_events(request):
    code = request.match_info["code"]
    upcoming = request.query.get("all") != "1"
    return web.json_response(events.events_for_branch(code, upcoming), dumps=_dumps)


async def list_events(request):
    sort = request.query.get("sort", "starts_at")
    if sort not in config.EVENT_SORT_COLUMNS:
        raise web.HTTPBadRequest(text="unsupported sort column")
    return web.json_response(events.list_events(sort), dumps=_dumps)


async def search_events(request):
    return web.json_response(events.search_titles(request.query.get("title", "")), dumps=_dumps)


async def book_seat(request):
    claims = _claims(request)
    event_id = int(request.match_info["event_id"])
    booking = events.book_seat(event_id, claims["card"])
    return web.json_response({"booking": booking}, status=201)


async def filter_reviews(request):
    expression = request.query.get("where", "this.rating >= 3")
    return web.json_response(reviews.matching(expression))


async def search_reviews(request):
    body = await request.json()
    criteria = body.get("filter", {})
    return web.json_response(reviews.search(criteria))


async def event_reviews(request):
    event_id = request.match_info["event_id"]
    min_rating = request.query.get("min", "1")
    return web.json_response(reviews.for_event(event_id, min_rating))


async def upload_attachment(request):
    _claims(request)
    name = request.match_info["name"]
    form = await request.post()
    upload = form["file"]
    target = os.path.join(config.ATTACHMENT_ROOT, name)
    with open(target, "wb") as fh:  # VULN path
        fh.write(upload.file.read())
    if not os.path.realpath(target).startswith(str(config.ATTACHMENT_ROOT) + os.sep):
        os.remove(target)
        raise web.HTTPForbidden()
    return web.json_response({"stored": name}, status=201)


async def get_attachment(request):
    name = request.match_info["name"]
    target = os.path.realpath(os.path.join(config.ATTACHMENT_ROOT, name))
    if not target.startswith(str(config.ATTACHMENT_ROOT) + os.sep):
        raise web.HTTPNotFound()
    return web.FileResponse(target)  # SAFE path


async def link_preview(request):
    url = request.query.get("url", "")
    host = request.query.get("host", "")
    if host not in config.PREVIEW_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # VULN ssrf
            body = await resp.read()
    return web.Response(body=body[:65536], content_type=resp.content_type)


async def partner_feed(request):
    partner = request.match_info["partner"]
    host = config.PARTNER_FEEDS.get(partner)
    if host is None:
        raise web.HTTPNotFound()
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://{host}/feed.json") as resp:  # SAFE ssrf
            return web.json_response(await resp.json())


async def widget_config(request):
    data = {"theme": "light", "branches": ["central", "eastside", "harbour"]}
    response = web.json_response(data)
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


def _dumps(obj):
    import json

    return json.dumps(obj, default=str)
