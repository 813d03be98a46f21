"""JSON API used by the inspector tablets and partner agencies."""
from datetime import datetime

from flask import Blueprint, abort, jsonify, request

from ..db import session_scope
from ..models import Inspection
from ..repositories import inspection_store
from ..services import directory_service, geo_service, token_service
from ..utils.validators import require_parcel_id

bp = Blueprint("inspections", __name__)


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    return header[len("Bearer "):]


@bp.post("/reports/search")
def search_reports():
    claims = token_service.tablet_claims(_bearer())
    body = request.get_json(force=True)
    criteria = {"inspector": body.get("inspector", claims["sub"]), "permit_ref": body.get("permit_ref")}
    return jsonify(reports=inspection_store.reports_for_inspector(criteria))


@bp.get("/reports/by-outcome")
def reports_by_outcome():
    staff = token_service.verify_staff_token(_bearer())
    outcome = request.args.get("outcome", "pending")
    inspector = request.args.get("inspector", staff["sub"])
    return jsonify(reports=inspection_store.reports_by_outcome(outcome, inspector))


@bp.get("/reports/overdue")
def overdue():
    token_service.verify_staff_token(_bearer())
    return jsonify(reports=inspection_store.overdue_reports(request.args.get("days", "14")))


@bp.post("/<int:permit_id>/schedule")
def schedule(permit_id: int):
    token_service.verify_staff_token(_bearer())
    body = request.get_json(force=True)
    when = datetime.fromisoformat(body["when"])
    available = [str(name) for name in body.get("available_inspectors", [])]
    if not available:
        return jsonify(error="no inspectors available"), 400
    with session_scope() as session:
        inspection = Inspection(
            permit_id=permit_id,
            inspector=token_service.pick_inspector(available, permit_id),
            scheduled_for=when,
            access_code=token_service.site_access_code(),
        )
        session.add(inspection)
        session.flush()
        return jsonify(id=inspection.id, inspector=inspection.inspector, access_code=inspection.access_code), 201


@bp.get("/parcels/<parcel_id>/geometry")
def parcel_geometry(parcel_id: str):
    return jsonify(geo_service.parcel_geometry(require_parcel_id(parcel_id)))


@bp.get("/parcels/<parcel_id>/zoning")
def parcel_zoning(parcel_id: str):
    return jsonify(geo_service.zoning_lookup_legacy(require_parcel_id(parcel_id)))


@bp.post("/webhooks/test")
def test_webhook():
    token_service.verify_staff_token(_bearer())
    body = request.get_json(force=True)
    spec = geo_service.WebhookSpec(url=body["target"], event=body.get("event", "ping"), payload={"test": True})
    return jsonify(status=geo_service.deliver_webhook(spec))


@bp.post("/webhooks/partner")
def partner_webhook():
    token_service.verify_staff_token(_bearer())
    body = request.get_json(force=True)
    spec = geo_service.WebhookSpec(url=body["target"], event=body.get("event", "inspection.completed"))
    try:
        return jsonify(status=geo_service.deliver_partner_webhook(spec))
    except PermissionError as exc:
        return jsonify(error=str(exc)), 403


@bp.post("/survey-images")
def survey_image():
    token_service.tablet_claims(_bearer())
    url = request.get_json(force=True).get("image_url", "")
    try:
        data = geo_service.fetch_survey_image(url)
    except PermissionError as exc:
        return jsonify(error=str(exc)), 403
    return jsonify(size=len(data))


@bp.get("/staff")
def staff_directory():
    token_service.verify_staff_token(_bearer())
    return jsonify(staff=directory_service.staff_in_department(request.args.to_dict()))


@bp.get("/staff/<username>")
def staff_member(username: str):
    token_service.verify_staff_token(_bearer())
    entry = directory_service.find_inspector(username)
    return jsonify(entry) if entry else (jsonify(error="not found"), 404)
