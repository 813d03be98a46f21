"""Reviewer tools for sending notices to applicants."""
from flask import Blueprint, abort, jsonify, request

from ..services import notify, permit_service
from ..utils.html import plain_notice
from ..utils.validators import NOTICE_KINDS

bp = Blueprint("notices", __name__)


def _context(permit: dict, extra: dict) -> dict:
    return {
        "reference": permit["reference"],
        "applicant": permit["applicant_name"],
        "address": permit["site_address"],
        "reason": extra.get("reason", ""),
        "when": extra.get("when", ""),
        "code": extra.get("code", ""),
    }


@bp.post("/<int:permit_id>/standard")
def standard_notice(permit_id: int):
    kind = request.form.get("kind", "")
    if kind not in NOTICE_KINDS:
        return jsonify(error="unknown notice kind"), 400
    permit = permit_service.load_detail(permit_id)
    if permit is None:
        abort(404)
    subject, body = notify.render_standard(kind, _context(permit, request.form))
    if request.form.get("send") == "1":
        notify.send(request.form["to"], subject, body)
    return jsonify(subject=subject, body=body)


@bp.post("/<int:permit_id>/custom/preview")
def custom_notice_preview(permit_id: int):
    permit = permit_service.load_detail(permit_id)
    if permit is None:
        abort(404)
    draft = {"subject": request.form.get("subject", ""), "body": request.form.get("body", "")}
    subject, body = notify.render_custom(draft, _context(permit, request.form))
    return plain_notice(subject, body)
