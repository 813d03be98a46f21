"""Club dashboard, settings, member profiles, federation verification and webhooks."""
from datetime import date

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import storage
from ..extensions import db_session
from ..models import Club, User, Webhook
from ..services import club_service, event_service
from ..tasks.notifications import test_webhook
from ..tasks.results import build_club_standings

bp = Blueprint("clubs", __name__, url_prefix="/clubs")


def _club_for_officer(club_id: int) -> Club:
    club = db_session.get(Club, club_id) or abort(404)
    if not current_user.is_officer_of(club.id):
        abort(403)
    return club


@bp.route("/")
@login_required
def dashboard():
    clubs = [m.club for m in current_user.memberships]
    upcoming = {c.id: event_service.upcoming_for_club(c.id) for c in clubs}
    return render_template("clubs/dashboard.html", clubs=clubs, upcoming=upcoming)


@bp.route("/<int:club_id>/settings", methods=["GET", "POST"])
@login_required
def settings(club_id: int):
    club = _club_for_officer(club_id)
    if request.method == "POST":
        try:
            club_service.update_settings(club, request.form)
            flash("Settings saved", "success")
        except club_service.ClubError as exc:
            flash(str(exc), "error")
        return redirect(url_for("clubs.settings", club_id=club.id))
    return render_template("clubs/settings.html", club=club)


@bp.route("/<int:club_id>/settings/preview", methods=["POST"])
@login_required
def preview_template(club_id: int):
    _club_for_officer(club_id)
    return club_service.preview_confirmation(request.form.get("confirmation_template", ""))


@bp.route("/<int:club_id>/logo/<path:filename>")
def logo(club_id: int, filename: str):
    return storage.send_club_logo(filename)


@bp.route("/members/<int:user_id>")
@login_required
def member(user_id: int):
    member = db_session.get(User, user_id) or abort(404)
    return render_template("clubs/member.html", member=member)


@bp.route("/profile", methods=["POST"])
@login_required
def update_profile():
    club_service.update_profile(current_user, request.form)
    return redirect(url_for("clubs.member", user_id=current_user.id))


@bp.route("/<int:club_id>/verify", methods=["POST"])
@login_required
def verify_membership(club_id: int):
    club = db_session.get(Club, club_id) or abort(404)
    try:
        membership = club_service.verify_membership(
            current_user, club, request.form.get("federation_id", ""), request.form.get("surname", "")
        )
    except club_service.ClubError as exc:
        flash(str(exc), "error")
        return redirect(url_for("clubs.dashboard"))
    flash("Membership verified" if membership.verified else "Membership recorded, awaiting club approval", "info")
    return redirect(url_for("clubs.dashboard"))


@bp.route("/<int:club_id>/officers")
@login_required
def officers(club_id: int):
    club = _club_for_officer(club_id)
    return jsonify([r.__dict__ for r in club_service.federation_officers(club)])


@bp.route("/<int:club_id>/webhooks", methods=["POST"])
@login_required
def add_webhook(club_id: int):
    club = _club_for_officer(club_id)
    try:
        hook = club_service.add_webhook(club, request.form.get("url", ""))
    except club_service.ClubError as exc:
        flash(str(exc), "error")
        return redirect(url_for("clubs.settings", club_id=club.id))
    test_webhook.delay(hook.id)
    flash("Webhook added; a test delivery has been queued.", "success")
    return redirect(url_for("clubs.settings", club_id=club.id))


@bp.route("/webhooks/<int:hook_id>/test", methods=["POST"])
@login_required
def retest_webhook(hook_id: int):
    hook = db_session.get(Webhook, hook_id) or abort(404)
    _club_for_officer(hook.club_id)
    test_webhook.delay(hook.id)
    return redirect(url_for("clubs.settings", club_id=hook.club_id))


@bp.route("/standings", methods=["POST"])
@login_required
def request_standings():
    club_code = request.form.get("club", "").strip().upper()
    season = request.form.get("season", type=int) or date.today().year
    task = build_club_standings.delay(club_code, season, current_user.email)
    flash("Standings are being prepared and will be emailed to you.", "info")
    return redirect(url_for("clubs.dashboard", task=task.id))
