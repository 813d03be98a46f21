"""Online entries, payment return, SI card lookup and the event-day kiosk."""
from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import escape

from ..extensions import db_session
from ..models import Entry, Event
from ..services import entry_service

bp = Blueprint("entries", __name__, url_prefix="/entries")


@bp.route("/event/<int:event_id>", methods=["GET", "POST"])
def enter(event_id: int):
    event = db_session.get(Event, event_id) or abort(404)
    if request.method == "POST":
        try:
            entry_request = entry_service.EntryRequest.from_form(request.form)
            user_id = current_user.id if current_user.is_authenticated else None
            entry = entry_service.create_entry(event, entry_request, user_id)
        except entry_service.EntryError as exc:
            flash(str(exc), "error")
            return render_template("entries/form.html", event=event, form=request.form), 400
        return render_template("entries/confirm.html", event=event, entry=entry)
    return render_template("entries/form.html", event=event, form={"return_url": request.args.get("return_url", "")})


@bp.route("/<int:entry_id>/paid", methods=["POST"])
def payment_complete(entry_id: int):
    """Called by the payment page once the card payment succeeds; sends the runner back."""
    entry = entry_service.mark_paid(entry_id, request.form.get("reference", ""))
    if entry.return_url:
        return redirect(entry.return_url)  # VULN redirect
    return redirect(url_for("events.detail", event_id=entry.event_id))


@bp.route("/event/<int:event_id>/card")
def card_lookup(event_id: int):
    card = request.args.get("si", "")
    entry = entry_service.lookup_by_card(event_id, card)
    if entry is None:
        return f"<p class='muted'>No entry found for SI card {escape(card)}.</p>", 404  # SAFE xss
    return jsonify({"runner": entry.runner_name, "course": entry.course.name, "category": entry.category,
                    "start": entry.start_time.isoformat() if entry.start_time else None})


@bp.route("/kiosk")
@login_required
def kiosk_home():
    mine = db_session.query(Entry).filter(Entry.user_id == current_user.id).order_by(Entry.created_at.desc()).limit(10).all()
    return render_template("clubs/dashboard.html", clubs=[], upcoming={}, entries=mine)
