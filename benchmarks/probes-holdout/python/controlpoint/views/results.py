"""Results upload, result pages, split analysis and the embeddable widget."""
from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import presenters
from ..extensions import db_session
from ..models import Event, EventStatus, ResultUpload
from ..repositories import events as events_repo
from ..repositories import results as results_repo
from ..services import result_service
from ..storage import StorageError
from ..tasks.results import process_results_upload

bp = Blueprint("results", __name__, url_prefix="/results")
widget_bp = Blueprint("widget", __name__, url_prefix="/widget")


@bp.route("/")
def latest():
    events = [e for e in events_repo.published_events(db_session(), limit=50) if e.status != EventStatus.DRAFT]
    return render_template("events/list.html", rows=None, featured=events, q="", sort="date", dir="asc")


@bp.route("/event/<int:event_id>")
def show(event_id: int):
    event = db_session.get(Event, event_id) or abort(404)
    club_code = request.args.get("club", "").strip() or None
    rows = results_repo.results_for_event(db_session(), event.id, club_code)
    heading = presenters.club_filter_heading(club_code, len(rows))
    return render_template("results/show.html", event=event, rows=rows, heading=heading,
                           badge=presenters.runner_badge, fmt=presenters.format_time)


@bp.route("/event/<int:event_id>/upload", methods=["POST"])
@login_required
def upload(event_id: int):
    event = db_session.get(Event, event_id) or abort(404)
    if not current_user.is_officer_of(event.club_id):
        abort(403)
    file = request.files.get("results")
    if file is None or not file.filename:
        flash("Choose a results file", "error")
        return redirect(url_for("results.show", event_id=event.id))
    try:
        record = result_service.register_upload(event, current_user.id, file)
    except (StorageError, result_service.ResultError) as exc:
        flash(str(exc), "error")
        return redirect(url_for("results.show", event_id=event.id))
    process_results_upload.delay(record.id)
    flash("Results received; they will appear in a minute.", "success")
    return redirect(url_for("results.show", event_id=event.id))


@bp.route("/upload/<int:upload_id>/splits")
def splits(upload_id: int):
    record = db_session.get(ResultUpload, upload_id) or abort(404)
    person = request.args.get("person", "")
    rows = result_service.runner_splits(record, person)
    return jsonify({"upload": record.id, "person": person, "splits": rows})


@bp.route("/upload/<int:upload_id>/classes")
def class_count(upload_id: int):
    record = db_session.get(ResultUpload, upload_id) or abort(404)
    name = request.args.get("class", "")
    return jsonify({"class": name, "runners": result_service.class_overview(record, name)})


@widget_bp.route("/results/<int:event_id>")
def results_widget(event_id: int):
    event = db_session.get(Event, event_id) or abort(404)
    rows = results_repo.results_for_event(db_session(), event.id)
    body = "".join(presenters.widget_row(r.runner_name, r.club_code, r.time_seconds) for r in rows[:30])
    return f"<table class='cp-widget'>{body}</table>"
