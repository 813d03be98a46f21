"""Inspection views: search, notes, photos and SCADA alarm imports."""
from flask import Blueprint, abort, g, jsonify, request
from werkzeug.utils import secure_filename

from turbinary.clients.scada import ScadaClient
from turbinary.config import settings
from turbinary.services import inspection_service, scada_import
from turbinary.utils.auth import technician_required
from turbinary.utils.html import inspector_note

bp = Blueprint("inspections", __name__, url_prefix="/inspections")
PHOTO_TYPES = {"image/jpeg", "image/png", "image/heic"}


@bp.post("/search")
@technician_required
def search():
    payload = request.get_json(silent=True) or {}
    return jsonify(inspection_service.search_inspections(payload))


@bp.post("/turbines/<int:turbine_id>/notes/preview")
@technician_required
def note_preview(turbine_id: int):
    note = request.form.get("note", "")
    return str(inspector_note(note, g.username)), 200, {"Content-Type": "text/html; charset=utf-8"}


@bp.post("/turbines/<int:turbine_id>/photos")
@technician_required
def upload_photo(turbine_id: int):
    photo = request.files.get("photo")
    if photo is None or photo.mimetype not in PHOTO_TYPES:
        abort(400, "a JPEG, PNG or HEIC photo is required")
    name = secure_filename(photo.filename or "")
    if not name:
        abort(400, "invalid file name")
    folder = settings.photo_dir / str(turbine_id)
    folder.mkdir(parents=True, exist_ok=True)
    photo.save(folder / name)  # SAFE path
    return jsonify({"stored": name}), 201


@bp.post("/alarms/import")
@technician_required
def import_alarms():
    export = request.files.get("export") or abort(400, "missing export file")
    alarms = scada_import.parse_alarm_export(export.read())
    return jsonify({"imported": len(alarms), "alarms": alarms[:50]})


@bp.post("/checklists")
@technician_required
def upload_checklist():
    checklist = request.files.get("checklist") or abort(400, "missing checklist")
    parsed = scada_import.parse_checklist(checklist.read())
    inspection_service.repo().add({**parsed, "kind": "checklist", "inspector": g.username})
    return jsonify(parsed), 201


@bp.get("/turbines/<int:turbine_id>/legacy-alarms")
@technician_required
def legacy_alarms(turbine_id: int):
    xml = ScadaClient().legacy_alarm_log(turbine_id)
    return jsonify({"turbine_id": turbine_id, "alarms": scada_import.parse_alarm_export(xml.encode())})
