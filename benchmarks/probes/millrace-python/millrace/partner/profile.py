"""Partner API: profile, logo, hand-off back to the partner site, report exports."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from millrace.config import get_settings
from millrace.db import session_scope
from millrace.partner.auth import requires
from millrace.repositories.partner_repo import PartnerRepository
from millrace.services import media_store, outbound, reports
from millrace.util.paths import UnsafePathError, contained_path, require_plain_name
from millrace.util.urls import partner_host_allowed

PROFILE_FIELDS = ("callback_url", "logo_url", "return_url", "email_template", "commission_formula")
MAX_LOGO_BYTES = 2 * 1024 * 1024


@requires("profile:read")
async def get_profile(request: Request) -> Response:
    with session_scope() as session:
        partner = PartnerRepository(session).by_slug(request.state.principal.partner_slug)
        return JSONResponse({"slug": partner.slug, "name": partner.name, **{f: getattr(partner, f) for f in PROFILE_FIELDS}})


@requires("profile:write")
async def update_profile(request: Request) -> Response:
    body = await request.json()
    with session_scope() as session:
        repo = PartnerRepository(session)
        partner = repo.by_slug(request.state.principal.partner_slug)
        repo.update_profile(partner, body.get("callback_url"), body.get("logo_url"))
        for field in ("return_url", "email_template", "commission_formula"):
            if field in body:
                setattr(partner, field, body[field] or None)
        session.add(partner)
    return JSONResponse({"updated": True})


@requires("profile:write")
async def upload_logo(request: Request) -> Response:
    form = await request.form()
    upload = form.get("logo")
    if upload is None or not hasattr(upload, "filename"):
        return JSONResponse({"error": "logo file required"}, status_code=422)
    if not media_store.is_image(upload.filename):
        return JSONResponse({"error": "logo must be an image"}, status_code=415)
    data = await upload.read()
    if len(data) > MAX_LOGO_BYTES:
        return JSONResponse({"error": "logo too large"}, status_code=413)
    stored = media_store.save_partner_logo(request.state.principal.partner_slug, upload.filename, data)
    thumb = await media_store.make_thumbnail(stored)
    return JSONResponse({"logo": stored.name, "thumbnail": thumb.name}, status_code=201)


@requires("profile:write")
async def refresh_logo(request: Request) -> Response:
    with session_scope() as session:
        partner = PartnerRepository(session).by_slug(request.state.principal.partner_slug)
        logo_url, slug = partner.logo_url, partner.slug
    if not logo_url:
        return JSONResponse({"error": "no logo_url on profile"}, status_code=404)
    try:
        data = await outbound.fetch_partner_logo(logo_url)
    except outbound.OutboundError as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
    stored = media_store.save_partner_logo(slug, "remote-logo.png", data)
    return JSONResponse({"logo": stored.name})


async def handoff(request: Request) -> Response:
    target = request.query_params.get("to", "")
    if not partner_host_allowed(target):
        return RedirectResponse(get_settings().site_base_url, status_code=303)
    return RedirectResponse(target, status_code=303)  # SAFE redirect


@requires("reports:read")
async def download_export(request: Request) -> Response:
    name = request.path_params["name"]
    try:
        path = contained_path(get_settings().export_root / "reports", require_plain_name(name))
    except UnsafePathError:
        return JSONResponse({"error": "not found"}, status_code=404)
    return FileResponse(path, media_type="text/csv", filename=name)  # SAFE path


@requires("reports:write")
async def delete_export(request: Request) -> Response:
    name = request.query_params.get("file", "")
    try:
        reports.delete_export(name)
    except (reports.ReportError, FileNotFoundError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=404)
    return Response(status_code=204)
