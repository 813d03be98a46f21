"""Event listing, detail pages, organiser editing and imports."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import storage
from ..extensions import db_session
from ..integrations.feeds import FeedError
from ..models import Club, Event, EventStatus
from ..repositories import events as events_repo
from ..services import event_service
from ..tasks.reports import generate_start_list

bp = Blueprint("events", __name__, url_prefix="/events")


def _event_or_404(event_id: int) -> Event:
    event = events_repo.get_event(db_session(), event_id)
    if event is None:
        abort(404)
    return event


def _require_officer(club_id: int) -> None:
    if not current_user.is_authenticated or not current_user.is_officer_of(club_id):
        abort(403)


@bp.route("/")
def index():
    term = request.args.get("q", "")
    sort = request.args.get("sort", "date")
    direction = request.args.get("dir", "asc")
    rows = event_service.search_events(term, sort, direction) if term or sort != "date" else None
    featured = events_repo.published_events(db_session())
    return render_template("events/list.html", rows=rows, featured=featured, q=term, sort=sort, dir=direction)


@bp.route("/<int:event_id>")
def detail(event_id: int):
    event = _event_or_404(event_id)
    if event.status == EventStatus.DRAFT:
        _require_officer(event.club_id)
    return render_template("events/detail.html", event=event)


@bp.route("/<int:event_id>/documents")
def document(event_id: int):
    event = _event_or_404(event_id)
    return storage.send_event_document(event.id, request.args.get("name", "final-details.pdf"))


@bp.route("/new/<int:club_id>", methods=["GET", "POST"])
@login_required
def create(club_id: int):
    _require_officer(club_id)
    club = db_session.get(Club, club_id) or abort(404)
    if request.method == "POST":
        try:
            form = event_service.EventForm.from_form(request.form)
            event = event_service.create_event(club.id, form)
        except event_service.EventError as exc:
            flash(str(exc), "error")
            return render_template("events/edit.html", club=club, event=None), 400
        flash("Event created", "success")
        return redirect(url_for("events.detail", event_id=event.id))
    return render_template("events/edit.html", club=club, event=None)


@bp.route("/<int:event_id>/edit", methods=["GET", "POST"])
@login_required
def edit(event_id: int):
    event = _event_or_404(event_id)
    _require_officer(event.club_id)
    if request.method == "POST":
        try:
            event_service.update_event(event, event_service.EventForm.from_form(request.form))
        except event_service.EventError as exc:
            flash(str(exc), "error")
            return render_template("events/edit.html", club=event.club, event=event), 400
        return redirect(url_for("events.detail", event_id=event.id))
    return render_template("events/edit.html", club=event.club, event=event)


@bp.route("/import/<int:club_id>", methods=["POST"])
@login_required
def import_eventor(club_id: int):
    _require_officer(club_id)
    try:
        event = event_service.import_from_eventor(club_id, request.form.get("feed_url", ""))
    except (FeedError, event_service.EventError) as exc:
        flash(f"Import failed: {exc}", "error")
        return redirect(url_for("clubs.dashboard"))
    flash(f"Imported {event.name}", "success")
    return redirect(url_for("events.edit", event_id=event.id))


@bp.route("/<int:event_id>/settings", methods=["POST"])
@login_required
def import_settings(event_id: int):
    event = _event_or_404(event_id)
    _require_officer(event.club_id)
    upload = request.files.get("settings")
    if upload is None:
        abort(400)
    try:
        settings = event_service.load_settings_file(upload.stream)
        event_service.apply_settings(event, settings)
    except event_service.EventError as exc:
        flash(str(exc), "error")
    return redirect(url_for("events.edit", event_id=event.id))


@bp.route("/<int:event_id>/publish", methods=["POST"])
@login_required
def publish(event_id: int):
    event = _event_or_404(event_id)
    _require_officer(event.club_id)
    try:
        event_service.publish(event)
    except event_service.EventError as exc:
        flash(str(exc), "error")
        return redirect(url_for("events.edit", event_id=event.id))
    generate_start_list.delay(event.id)
    return redirect(url_for("events.detail", event_id=event.id))
