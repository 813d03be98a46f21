"""Port-authority manifest uploads and lookups."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from tidepool.services import manifest_import
from tidepool.services.manifest_import import ManifestArrival, ManifestError
from tidepool.staff_portal.views import error_page, page, require_role

imports_bp = Blueprint("imports", url_prefix="/imports")


def _arrival_json(a: ManifestArrival) -> dict:
    return {
        "vessel": a.vessel_name,
        "mmsi": a.mmsi,
        "eta": a.eta.isoformat() if a.eta else None,
        "berth": a.berth_code,
        "crew": a.crew,
        "agent": a.agent,
    }


@imports_bp.post("/manifests")
@require_role("desk")
async def upload_manifest(request: Request) -> HTTPResponse:
    upload = request.files.get("manifest")
    if upload is None or not upload.body:
        return error_page("No manifest", "Attach the XML file from the port authority.")
    try:
        manifest_id, arrivals = manifest_import.store_manifest(upload.body)
    except ManifestError as exc:
        return page(request, "manifest_error.mako", status=422, problem=str(exc))
    return page(request, "manifest.mako", manifest_id=manifest_id, arrivals=arrivals)


@imports_bp.get("/manifests/<manifest_id>/vessel")
@require_role("desk")
async def by_vessel(request: Request, manifest_id: str) -> HTTPResponse:
    mmsi = request.args.get("mmsi", "").strip()
    try:
        arrivals = manifest_import.arrivals_for_vessel(manifest_id, mmsi)
    except (ValueError, FileNotFoundError):
        return json({"error": "unknown manifest"}, status=404)
    return json([_arrival_json(a) for a in arrivals])


@imports_bp.get("/manifests/<manifest_id>/berth")
@require_role("desk")
async def by_berth(request: Request, manifest_id: str) -> HTTPResponse:
    code = request.args.get("code", "").strip().upper()
    try:
        arrivals = manifest_import.arrivals_for_berth(manifest_id, code)
    except (ValueError, FileNotFoundError):
        return json({"error": "unknown manifest"}, status=404)
    return json([_arrival_json(a) for a in arrivals])
