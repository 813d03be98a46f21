"""Route handlers for the live API."""
from __future__ import annotations

import json
import logging

from aiohttp import web

from airwave.dto import WebhookEvent
from airwave.jobs.rq_queue import enqueue_cart_state
from airwave.live.middleware import require_admin
from airwave.repositories.playlist_repo import PlaylistRepository
from airwave.security.paths import PathRejected
from airwave.security.tokens import make_webhook_secret
from airwave.services import stream_service, webhook_service
from airwave.services.archive_service import ArchiveService
from airwave.services.render_service import render_mako

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

MOUNTS = {
    "main": "https://stream.airwave.fm/main.mp3",
    "hifi": "https://stream.airwave.fm/main.flac",
    "talk": "https://stream.airwave.fm/talk.mp3",
    "mobile": "https://stream.airwave.fm/main-64.aac",
}
MAX_CART_BYTES = 256 * 1024


@routes.get("/live/now")
async def now_playing(request: web.Request) -> web.Response:
    show = await PlaylistRepository().now_playing()
    return web.json_response(show or {"slug": None, "title": "Automation"})


@routes.get("/live/now.html")
async def now_playing_page(request: web.Request) -> web.Response:
    show = await PlaylistRepository().now_playing()
    return web.Response(text=render_mako("now_playing.mako", show=show), content_type="text/html")


@routes.get("/live/episodes/{episode_id}/tracks")
async def episode_tracks(request: web.Request) -> web.Response:
    try:
        episode_id = int(request.match_info["episode_id"])
    except ValueError:
        raise web.HTTPBadRequest(text="episode id must be numeric")
    return web.json_response(await PlaylistRepository().tracks_for_episode(episode_id), dumps=_dumps)


@routes.get("/live/tracks/search")
async def track_search(request: web.Request) -> web.Response:
    artist = request.query.get("artist", "").strip()
    limit = request.query.get("limit", "25")
    if not artist:
        return web.json_response([])
    rows = await PlaylistRepository().search_tracks(artist, int(limit) if limit.isdigit() else 25)
    return web.json_response(rows, dumps=_dumps)


@routes.get("/live/dedications/{slug}")
async def dedications_page(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    items = await PlaylistRepository().dedications_for_show(slug)
    html = render_mako("dedications.mako", slug=slug, dedications=items)
    return web.Response(text=html, content_type="text/html")


@routes.post("/live/dedications/{slug}")
async def add_dedication(request: web.Request) -> web.Response:
    repo = PlaylistRepository()
    show_id = await repo.show_id_for_slug(request.match_info["slug"])
    if show_id is None:
        raise web.HTTPNotFound()
    form = await request.post()
    name = str(form.get("name", "")).strip()[:80] or "Anonymous"
    message = str(form.get("message", "")).strip()[:1000]
    song = str(form.get("song", "")).strip()[:200]
    if not message:
        raise web.HTTPBadRequest(text="say something nice")
    await repo.add_dedication(show_id, name, message, song)
    raise web.HTTPSeeOther(f"/live/dedications/{request.match_info['slug']}")


@routes.get("/live/listen/{mount}")
async def listen(request: web.Request) -> web.Response:
    target = MOUNTS.get(request.match_info["mount"])
    if target is None:
        raise web.HTTPNotFound()
    raise web.HTTPFound(target)  # SAFE redirect


@routes.get("/live/mounts/{mount}/status")
async def mount_status(request: web.Request) -> web.Response:
    require_admin(request)
    try:
        status = await stream_service.mount_status(request.match_info["mount"])
    except stream_service.MountError:
        raise web.HTTPBadRequest(text="unknown mount")
    return web.Response(text=status.raw, content_type="text/plain")


@routes.get("/live/mounts/{mount}/listeners")
async def mount_listeners(request: web.Request) -> web.Response:
    try:
        count = await stream_service.listener_count(request.match_info["mount"])
    except stream_service.MountError:
        raise web.HTTPBadRequest(text="unknown mount")
    return web.json_response({"mount": request.match_info["mount"], "listeners": count})


@routes.post("/live/webhooks")
async def register_webhook(request: web.Request) -> web.Response:
    body = await request.json()
    repo = PlaylistRepository()
    owner_id = await repo.host_id(request["user"])
    if owner_id is None:
        raise web.HTTPForbidden()
    event = str(body.get("event", "episode.published"))
    secret = make_webhook_secret()
    hook_id = await repo.save_webhook(owner_id, str(body.get("url", "")), event, secret)
    return web.json_response({"id": hook_id, "secret": secret}, status=201)


@routes.post("/live/webhooks/{hook_id}/test")
async def test_webhook(request: web.Request) -> web.Response:
    hook = await PlaylistRepository().webhook(int(request.match_info["hook_id"]))
    if hook is None:
        raise web.HTTPNotFound()
    event = WebhookEvent(event="ping", show_slug="", payload={"requested_by": request["user"]})
    try:
        status = await webhook_service.deliver(hook, event)
    except webhook_service.WebhookRejected:
        raise web.HTTPBadRequest(text="webhooks must go through the station relay")
    return web.json_response({"delivered": status})


@routes.get("/live/partners/{code}/schedule")
async def partner_schedule(request: web.Request) -> web.Response:
    try:
        data = await webhook_service.partner_schedule(request.match_info["code"])
    except webhook_service.WebhookRejected:
        raise web.HTTPNotFound()
    return web.json_response(data)


@routes.post("/live/automation/carts")
async def push_cart_state(request: web.Request) -> web.Response:
    if request.content_length and request.content_length > MAX_CART_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_CART_BYTES, actual_size=request.content_length)
    blob = await request.text()
    job = enqueue_cart_state(request["user"], blob)
    return web.json_response({"job": job.id}, status=202)


@routes.get("/live/exports")
async def download_export(request: web.Request) -> web.Response:
    require_admin(request)
    name = request.query.get("file", "")
    try:
        data = ArchiveService().read_export(name)
    except (PathRejected, FileNotFoundError):
        raise web.HTTPNotFound()
    return web.Response(body=data, content_type="text/csv", headers={"Content-Disposition": "attachment"})


def _dumps(obj) -> str:
    return json.dumps(obj, default=str)
