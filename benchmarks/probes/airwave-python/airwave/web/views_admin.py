"""Programming-committee admin: shows, feeds, schedule imports, stats."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

from pyramid.httpexceptions import HTTPBadRequest, HTTPFound, HTTPNotFound
from pyramid.view import view_config

from airwave.dto import FeedImportRequest
from airwave.jobs.rq_queue import enqueue_feed_import
from airwave.models import FeedSubscription, Host, Show
from airwave.repositories.show_repo import ShowRepository
from airwave.repositories.stats_repo import StatsRepository
from airwave.services.directory_service import DirectoryService
from airwave.services.feed_service import FeedRejected, FeedService
from airwave.services.import_service import ImportService, ScheduleImportError
from airwave.services.schedule_service import RuleError, ScheduleService
from airwave.web.auth import require_admin, require_host

_SLUG_CHARS = re.compile(r"[^a-z0-9]+")


def slugify(title: str) -> str:
    return _SLUG_CHARS.sub("-", title.lower()).strip("-")[:80]


def _show_or_404(slug: str) -> Show:
    show = ShowRepository().model_by_slug(slug)
    if show is None:
        raise HTTPNotFound()
    return show


def _can_edit(host: Host, show: Show) -> bool:
    return host.is_admin or show.host_id == host.id


@view_config(route_name="admin_shows", request_method="GET", renderer="admin_shows.jinja2")
def admin_shows(request):
    host = require_host(request)
    shows = ShowRepository().by_host(host) if not host.is_admin else list(Show.select().order_by(Show.title))
    return {"shows": shows, "host": host}


@view_config(route_name="admin_shows", request_method="POST")
def create_show(request):
    host = require_admin(request)
    form = request.POST
    title = form.get("title", "").strip()
    if not title:
        raise HTTPBadRequest("title is required")
    owner = Host.get_or_none(Host.username == form.get("host_username", host.username)) or host
    show = ShowRepository().create(
        owner,
        slug=form.get("slug") or slugify(title),
        title=title,
        description=form.get("description", ""),
        genre=form.get("genre", "eclectic").lower(),
        weekday=int(form.get("weekday", 1)),
        start_time=dt.time.fromisoformat(form.get("start_time", "09:00")),
        duration_minutes=int(form.get("duration", 60)),
    )
    return HTTPFound(location=request.route_url("admin_show_edit", slug=show.slug))


@view_config(route_name="admin_show_edit", request_method="GET", renderer="admin_show_edit.jinja2")
def edit_show_form(request):
    host = require_host(request)
    show = _show_or_404(request.matchdict["slug"])
    if not _can_edit(host, show):
        raise HTTPNotFound()
    return {"show": show, "error": None}


@view_config(route_name="admin_show_edit", request_method="POST", renderer="admin_show_edit.jinja2")
def edit_show(request):
    host = require_host(request)
    show = _show_or_404(request.matchdict["slug"])
    if not _can_edit(host, show):
        raise HTTPNotFound()
    form = request.POST
    ShowRepository().update(
        show,
        slug=form.get("slug", show.slug).strip() or show.slug,
        title=form.get("title", show.title),
        description=form.get("description", show.description),
        genre=form.get("genre", show.genre).lower(),
    )
    return HTTPFound(location=request.route_url("show_detail", slug=show.slug))


@view_config(route_name="admin_show_rule", request_method="PUT", renderer="json")
def update_rule(request):
    host = require_host(request)
    show = _show_or_404(request.matchdict["slug"])
    if not _can_edit(host, show):
        raise HTTPNotFound()
    body = request.json_body
    schedule = ScheduleService()
    try:
        skip = schedule.parse_skip_weeks(str(body.get("skip_weeks", "")))
    except (RuleError, ValueError, SyntaxError) as exc:
        request.response.status = 400
        return {"error": str(exc)}
    rule = body.get("rule", "")
    if skip:
        rule = f"({rule or 'True'}) and week not in {skip!r}"
    schedule.save_rule(show, rule)
    return {"slug": show.slug, "rule": show.schedule_rule}


@view_config(route_name="admin_feed_import", request_method="POST", renderer="json")
def feed_import(request):
    host = require_host(request)
    show = _show_or_404(request.params.get("show", ""))
    if not _can_edit(host, show):
        raise HTTPNotFound()
    feed_url = request.params.get("feed_url", "").strip()
    if not feed_url.lower().startswith(("http://", "https://")):
        raise HTTPBadRequest("feed_url must be a web address")
    job = enqueue_feed_import(FeedImportRequest(show_id=show.id, feed_url=feed_url, requested_by=host.username))
    return {"job": job.id, "status": "queued"}


@view_config(route_name="admin_feed_item", request_method="GET", renderer="json")
def feed_item(request):
    require_admin(request)
    sub = FeedSubscription.get_or_none(FeedSubscription.id == int(request.matchdict["sub_id"]))
    if sub is None:
        raise HTTPNotFound()
    feeds = FeedService()
    try:
        root = feeds.parse(feeds.refresh(sub))
    except FeedRejected as exc:
        raise HTTPBadRequest(str(exc))
    if "enclosure" in request.params:
        node = feeds.item_by_enclosure(root, request.params["enclosure"])
    else:
        node = feeds.item_by_guid(root, request.params.get("guid", ""))
    if node is None:
        raise HTTPNotFound()
    return {"title": node.findtext("title"), "guid": node.findtext("guid"), "description": node.findtext("description")}


@view_config(route_name="admin_opml", request_method="POST", renderer="json")
def opml_upload(request):
    host = require_host(request)
    show = _show_or_404(request.params.get("show", ""))
    upload = request.POST.get("opml")
    if upload is None or not hasattr(upload, "file"):
        raise HTTPBadRequest("attach an OPML file")
    added = []
    for title, url in FeedService.parse_opml(upload.file.read()):
        FeedSubscription.create(show=show, feed_url=url)
        added.append({"title": title, "url": url})
    return {"show": show.slug, "added": added, "by": host.username}


@view_config(route_name="admin_schedule_import", request_method="POST", renderer="json")
def schedule_import(request):
    require_admin(request)
    upload = request.POST.get("schedule")
    if upload is None or not upload.filename.endswith((".yml", ".yaml")):
        raise HTTPBadRequest("upload the season schedule as YAML")
    text = upload.file.read().decode("utf-8")
    try:
        slots = ImportService().schedule_from_yaml(text)
    except ScheduleImportError as exc:
        raise HTTPBadRequest(str(exc))
    updated = 0
    for slot in slots:
        show = ShowRepository().model_by_slug(slot.slug)
        if show is None:
            continue
        ShowRepository().update(show, weekday=slot.weekday, start_time=slot.start, duration_minutes=slot.minutes)
        updated += 1
    return {"slots": len(slots), "updated": updated}


@view_config(route_name="admin_volunteer_lookup", request_method="GET", renderer="json")
def volunteer_lookup(request):
    require_admin(request)
    email = request.params.get("email", "").strip()
    if not email:
        return []
    return [{"uid": v.uid, "name": v.name, "email": v.email} for v in DirectoryService().find_by_email(email)]


@view_config(route_name="admin_stats", request_method="GET")
def stats_csv(request):
    require_admin(request)
    try:
        year, month = int(request.matchdict["year"]), int(request.matchdict["month"])
    except ValueError:
        raise HTTPBadRequest("year and month must be numbers")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["slug", "title", "listener_hours", "downloads"])
    for row in StatsRepository().monthly_summary(year, month):
        writer.writerow([row["slug"], row["title"], row["hours"], row["downloads"]])
    response = request.response
    response.content_type = "text/csv"
    response.content_disposition = f'attachment; filename="airwave-{year}-{month:02d}.csv"'
    response.text = buf.getvalue()
    return response
