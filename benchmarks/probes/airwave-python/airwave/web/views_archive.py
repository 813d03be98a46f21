"""On-demand archive pages and downloads."""
from __future__ import annotations

from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.response import FileIter, Response
from pyramid.view import view_config

from airwave.dto import EpisodeQuery
from airwave.repositories.episode_repo import EpisodeRepository
from airwave.security.paths import PathRejected
from airwave.services.archive_service import ArchiveService
from airwave.web.auth import require_admin


def _int_param(request, name: str, default: int, lo: int, hi: int) -> int:
    try:
        value = int(request.params.get(name, default))
    except (TypeError, ValueError):
        raise HTTPBadRequest(f"{name} must be a number")
    return max(lo, min(value, hi))


@view_config(route_name="show_episodes", renderer="episodes.jinja2")
def show_episodes(request):
    query = EpisodeQuery(
        show_slug=request.matchdict["slug"],
        sort=request.params.get("sort", "date"),
        direction=request.params.get("dir", "desc"),
        page=_int_param(request, "page", 1, 1, 500),
        per_page=_int_param(request, "per_page", 25, 5, 100),
    )
    episodes = EpisodeRepository().list_for_show(query)
    return {"slug": query.show_slug, "episodes": episodes, "query": query}


@view_config(route_name="archive_recent", renderer="json")
def archive_recent(request):
    sort = request.params.get("sort", "air_date")
    try:
        rows = EpisodeRepository().recent(sort, _int_param(request, "limit", 20, 1, 100))
    except ValueError as exc:
        raise HTTPBadRequest(str(exc))
    return [{**r, "air_date": r["air_date"].isoformat()} for r in rows]


@view_config(route_name="archive_file")
def archive_file(request):
    service = ArchiveService()
    try:
        recording = service.recording(request.matchdict["filename"])
    except (PathRejected, FileNotFoundError):
        raise HTTPNotFound()
    if request.if_none_match and recording.etag in request.if_none_match:
        return Response(status=304)
    fh = service.open_recording(recording)
    response = Response(app_iter=FileIter(fh), content_type=recording.content_type)
    response.content_length = recording.size
    response.etag = recording.etag
    response.cache_control = "public, max-age=86400"
    return response


@view_config(route_name="archive_cue")
def archive_cue(request):
    try:
        body = ArchiveService().cue_sheet(request.matchdict["slug"], request.matchdict["name"])
    except (PathRejected, FileNotFoundError):
        raise HTTPNotFound()
    return Response(body=body, content_type="text/plain", charset="utf-8")


@view_config(route_name="archive_transcript")
def archive_transcript(request):
    try:
        text = ArchiveService().transcript(request.matchdict["name"])
    except (PathRejected, FileNotFoundError):
        raise HTTPNotFound()
    return Response(text=text, content_type="text/plain")


@view_config(route_name="admin_bundle_import", request_method="POST", renderer="import_report.jinja2")
def bundle_import(request):
    require_admin(request)
    upload = request.POST.get("bundle")
    if upload is None or not getattr(upload, "filename", ""):
        raise HTTPBadRequest("choose a file to import")
    kind = request.params.get("kind", "bundle")
    service = ArchiveService()
    if kind == "showpack":
        report = service.import_show_pack(upload.file)
    elif kind == "cues":
        report = service.import_cue_pack(upload.file)
    elif kind == "transcripts":
        report = service.import_transcripts(upload.file)
    else:
        report = service.import_bundle(upload.file, upload.filename)
    return {"report": report, "kind": kind}
