"""Referral pages for referring vets and referral-centre staff."""
from __future__ import annotations

import os
import uuid

import httpx
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    send_from_directory,
    url_for,
)
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from werkzeug.utils import secure_filename

from portal import letters, services
from portal.filters import search_caption
from portal.models import Referral, ReferralDocument, db_session

bp = Blueprint("views", __name__)

URGENCIES = ("routine", "urgent", "emergency")
DOCUMENT_TYPES = {"application/pdf", "image/jpeg", "image/png", "application/dicom"}


def _referral_for_user(referral_id: int) -> Referral:
    referral = db_session.get(Referral, referral_id)
    if referral is None:
        abort(404)
    if not current_user.is_centre_staff and referral.referring_vet_id != current_user.id:
        abort(404)
    return referral


@bp.route("/")
@login_required
def referrals():
    q = request.args.get("q", "").strip()
    stmt = select(Referral)
    if not current_user.is_centre_staff:
        stmt = stmt.where(Referral.referring_vet_id == current_user.id)
    if q:
        like = f"%{q}%"
        stmt = stmt.where(or_(Referral.pet_name.ilike(like), Referral.owner_name.ilike(like), Referral.reason.ilike(like)))
    items = db_session.scalars(stmt.order_by(Referral.created_at.desc()).limit(200)).all()
    caption = search_caption(q, len(items)) if q else None
    return render_template("referrals.html", referrals=items, q=q, caption=caption)


@bp.route("/help")
def help_page():
    return render_template("help.html")


@bp.route("/referrals/new", methods=["GET", "POST"])
@login_required
def new_referral():
    if request.method == "POST":
        form = request.form
        urgency = form.get("urgency", "routine")
        if urgency not in URGENCIES:
            urgency = "routine"
        referral = Referral(
            referring_vet_id=current_user.id,
            pet_name=form.get("pet_name", "").strip()[:100],
            species=form.get("species", "other").strip()[:32],
            owner_name=form.get("owner_name", "").strip()[:200],
            owner_phone=form.get("owner_phone", "").strip()[:32] or None,
            reason=form.get("reason", "").strip()[:500],
            clinical_notes=form.get("clinical_notes") or None,
            urgency=urgency,
        )
        if not referral.pet_name or not referral.owner_name or not referral.reason:
            flash("Pet name, owner name and reason are required.", "error")
            return render_template("referral_new.html", form=form), 400
        db_session.add(referral)
        db_session.commit()
        return redirect(url_for("views.referral_detail", referral_id=referral.id))
    return render_template("referral_new.html", form={})


@bp.route("/referrals/<int:referral_id>")
@login_required
def referral_detail(referral_id: int):
    referral = _referral_for_user(referral_id)
    return render_template("referral_detail.html", referral=referral)


@bp.route("/referrals/<int:referral_id>/documents", methods=["POST"])
@login_required
def upload_document(referral_id: int):
    referral = _referral_for_user(referral_id)
    upload = request.files.get("document")
    if upload is None or not upload.filename or upload.mimetype not in DOCUMENT_TYPES:
        flash("Please choose a PDF, image or DICOM file.", "error")
        return redirect(url_for("views.referral_detail", referral_id=referral.id))
    folder = services.document_folder(current_app.config["DOCUMENT_ROOT"], referral.id)
    os.makedirs(folder, exist_ok=True)
    filename = f"{uuid.uuid4().hex[:8]}-{secure_filename(upload.filename)}"
    upload.save(os.path.join(folder, filename))
    db_session.add(ReferralDocument(referral_id=referral.id, filename=filename, content_type=upload.mimetype))
    db_session.commit()
    return redirect(url_for("views.referral_detail", referral_id=referral.id))


@bp.route("/referrals/<int:referral_id>/documents/download")
@login_required
def download_document(referral_id: int):
    referral = _referral_for_user(referral_id)
    filename = request.args.get("file", "")
    path = services.document_path(current_app.config["DOCUMENT_ROOT"], referral.id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)  # VULN path


@bp.route("/referrals/<int:referral_id>/letters/<path:filename>")
@login_required
def download_letter(referral_id: int, filename: str):
    referral = _referral_for_user(referral_id)
    folder = os.path.join(current_app.config["LETTER_ROOT"], str(referral.id))
    return send_from_directory(folder, filename, as_attachment=True)  # SAFE path


@bp.route("/referrals/<int:referral_id>/import-record", methods=["POST"])
@login_required
def import_record(referral_id: int):
    referral = _referral_for_user(referral_id)
    url = request.form.get("record_url", "").strip()
    try:
        record = services.fetch_external_record(url, current_app.config["TRUSTED_RECORD_DOMAIN"])
    except services.UntrustedRecordSource:
        flash("Records can only be imported from Pawchart clinic record servers.", "error")
        return redirect(url_for("views.referral_detail", referral_id=referral.id))
    except (httpx.HTTPError, ValueError):
        flash("The record server did not return a usable summary.", "error")
        return redirect(url_for("views.referral_detail", referral_id=referral.id))
    referral.external_record_url = url
    referral.external_record_summary = record["summary"]
    db_session.commit()
    flash("Clinical summary imported.", "info")
    return redirect(url_for("views.referral_detail", referral_id=referral.id))


@bp.route("/referrals/<int:referral_id>/letter-preview", methods=["POST"])
@login_required
def letter_preview(referral_id: int):
    referral = _referral_for_user(referral_id)
    closing = request.form.get("closing", "")
    cover_note = request.form.get("cover_note", "")
    body = letters.build_letter(referral, current_user.full_name, closing)
    cover = letters.build_cover_note(referral, cover_note)
    return render_template("letter_preview.html", referral=referral, body=body, cover=cover)
