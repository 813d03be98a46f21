"""Upload and download of permit documents."""
import mimetypes

from flask import Blueprint, Response, abort, jsonify, request

from ..services import document_service

bp = Blueprint("documents", __name__)


def _require_file(field: str):
    upload = request.files.get(field)
    if upload is None or not upload.filename:
        abort(400, f"missing file field '{field}'")
    return upload


@bp.post("/<int:permit_id>/drawings")
def upload_drawing(permit_id: int):
    doc = document_service.store_drawing(permit_id, _require_file("drawing"))
    return jsonify(filename=doc.filename, checksum=doc.checksum, size=doc.size), 201


@bp.post("/<int:permit_id>/photos")
def upload_photo(permit_id: int):
    try:
        doc = document_service.store_photo(permit_id, _require_file("photo"))
    except ValueError as exc:
        return jsonify(error=str(exc)), 415
    return jsonify(filename=doc.filename, checksum=doc.checksum), 201


@bp.get("/<int:permit_id>/files/<path:name>")
def download(permit_id: int, name: str):
    try:
        data = document_service.read_document(permit_id, name)
    except FileNotFoundError:
        abort(404)
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Response(data, mimetype=mime, headers={"Content-Disposition": "attachment"})


@bp.get("/exports")
def download_export():
    name = request.args.get("file", "")
    try:
        data = document_service.read_export(name)
    except FileNotFoundError:
        abort(404)
    return Response(data, mimetype="text/csv", headers={"Content-Disposition": "attachment"})


@bp.post("/<int:permit_id>/plan-set")
def upload_plan_set(permit_id: int):
    path = document_service.queue_plan_set(permit_id, _require_file("archive"))
    return jsonify(queued=path), 202


@bp.post("/<int:permit_id>/photo-bundle")
def upload_photo_bundle(permit_id: int):
    path = document_service.queue_photo_bundle(permit_id, _require_file("bundle"))
    return jsonify(queued=path), 202


@bp.post("/site-plan/parcel")
def site_plan_parcel():
    plan = _require_file("plan")
    parcel = document_service.parcel_from_site_plan(plan, request.form.get("parcel_id", ""))
    return jsonify(parcel=parcel) if parcel else (jsonify(error="parcel not in plan"), 404)


@bp.post("/checklists/section")
def checklist_section():
    checklist = _require_file("checklist")
    section = request.form.get("section", "structural")
    return jsonify(items=document_service.checklist_section(checklist, section))


@bp.post("/schedule-import")
def schedule_import():
    rows = document_service.import_schedule(_require_file("schedule"))
    return jsonify(imported=len(rows), rows=rows[:20])

