"""Public and reviewer-facing permit pages."""
from flask import Blueprint, abort, jsonify, redirect, render_template, request, url_for

from ..services import fee_service, permit_service
from ..utils.html import applicant_banner, inspector_chip, status_badge
from ..utils.validators import is_safe_redirect, parse_district, require_permit_ref

bp = Blueprint("permits", __name__)


@bp.get("/search")
def search():
    query = request.args.get("address", "")
    criteria = {"address": query, "limit": request.args.get("limit", 50, type=int)}
    results = permit_service.search(criteria)
    return render_template("search_results.html", query=query, results=results)


@bp.get("/district")
def by_district():
    district = parse_district(request.args.get("district"))
    permits = permit_service.permits_in_district(district, request.args.get("status"))
    return jsonify(district=district, permits=permits)


@bp.get("/lookup/<ref>")
def lookup_result(ref: str):
    from ..db import session_scope
    from ..repositories.permit_repo import PermitRepository

    ref = require_permit_ref(ref)
    with session_scope() as session:
        permit = PermitRepository(session).get_by_reference(ref)
        if permit is None:
            abort(404)
        return redirect(url_for("permits.detail", permit_id=permit.id))


@bp.get("/<int:permit_id>")
def detail(permit_id: int):
    permit = permit_service.load_detail(permit_id)
    if permit is None:
        abort(404)
    chips = [inspector_chip(i["inspector"]) for i in permit["inspections"]]
    return render_template(
        "permit_detail.html",
        permit=permit,
        banner=applicant_banner(permit["applicant_name"]),
        badge=status_badge(permit["status"]),
        inspector_chips=chips,
    )


@bp.post("/apply")
def apply():
    try:
        created = permit_service.submit_application(request.form.to_dict())
    except (permit_service.PermitError, KeyError, ValueError) as exc:
        return jsonify(error=str(exc)), 400
    return redirect(url_for("permits.detail", permit_id=created["id"]))


@bp.post("/<int:permit_id>/notes")
def add_notes(permit_id: int):
    permit_service.add_reviewer_notes(permit_id, request.form.get("notes", ""))
    return redirect(url_for("permits.detail", permit_id=permit_id))


@bp.post("/<int:permit_id>/fee-quote")
def fee_quote(permit_id: int):
    payload = request.get_json(silent=True) or {}
    permit = permit_service.load_detail(permit_id)
    if permit is None:
        abort(404)
    result = fee_service.quote(
        permit["category"],
        float(payload.get("area", 0)),
        adjustment=payload.get("adjustment", ""),
        note=payload.get("note", ""),
    )
    return jsonify(base=str(result.base), adjusted=str(result.adjusted), note=result.adjustment_note)


@bp.post("/<int:permit_id>/decision")
def decision(permit_id: int):
    approve = request.form.get("decision") == "approve"
    try:
        permit_service.decide(permit_id, approve)
    except permit_service.PermitError as exc:
        return jsonify(error=str(exc)), 409
    return_to = request.form.get("return_to")
    if is_safe_redirect(return_to):
        return redirect(return_to)  # SAFE redirect
    return redirect(url_for("permits.detail", permit_id=permit_id))


@bp.get("/<int:permit_id>/print")
def printable(permit_id: int):
    permit = permit_service.load_detail(permit_id)
    if permit is None:
        abort(404)
    back = request.args.get("back", url_for("permits.detail", permit_id=permit_id))
    if request.args.get("done"):
        return redirect(back)  # VULN redirect
    return render_template("permit_detail.html", permit=permit, printable=True, back=back,
                           banner="", badge=status_badge(permit["status"]), inspector_chips=[])
