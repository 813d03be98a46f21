"""Course planning pages: controls, maps, printable descriptions and planner state."""
from flask import Blueprint, abort, current_app, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import storage
from ..extensions import db_session
from ..formats.archive import ArchiveError, extract_map_pack
from ..models import Course
from ..planner_state import LAYOUT_COOKIE, PLANNER_COOKIE, PlannerState, dump_state, load_layout, load_state
from ..services import course_service

bp = Blueprint("courses", __name__, url_prefix="/courses")


def _course_for_officer(course_id: int) -> Course:
    course = db_session.get(Course, course_id)
    if course is None:
        abort(404)
    if not current_user.is_officer_of(course.event.club_id):
        abort(403)
    return course


@bp.route("/<int:course_id>/planner")
@login_required
def planner(course_id: int):
    course = _course_for_officer(course_id)
    state = load_state(request.cookies.get(PLANNER_COOKIE))
    layout = load_layout(request.cookies.get(LAYOUT_COOKIE))
    if state.course_id != course.id:
        state = PlannerState(course_id=course.id)
    return render_template("courses/planner.html", course=course, state=state, layout=layout)


@bp.route("/<int:course_id>/planner/state", methods=["POST"])
@login_required
def save_planner_state(course_id: int):
    course = _course_for_officer(course_id)
    selected = [int(v) for v in request.form.getlist("control") if v.isdigit()]
    state = PlannerState(course_id=course.id, selected_controls=selected,
                         zoom=float(request.form.get("zoom", 1.0)), show_grid="grid" in request.form)
    response = make_response(redirect(url_for("courses.planner", course_id=course.id)))
    response.set_cookie(PLANNER_COOKIE, dump_state(state), httponly=True, samesite="Lax")
    return response


@bp.route("/<int:course_id>/controls", methods=["POST"])
@login_required
def update_controls(course_id: int):
    course = _course_for_officer(course_id)
    try:
        pairs = course_service.parse_control_list(request.form.get("controls", ""))
        course_service.replace_controls(course, pairs)
        if "waypoints" in request.files:
            course_service.import_gpx_waypoints(course, request.files["waypoints"].read())
    except course_service.CourseError as exc:
        flash(str(exc), "error")
    return redirect(url_for("courses.planner", course_id=course.id))


@bp.route("/<int:course_id>/formula", methods=["POST"])
@login_required
def update_formula(course_id: int):
    course = _course_for_officer(course_id)
    try:
        course_service.set_scoring_formula(course, request.form.get("formula", ""))
        flash("Scoring formula saved", "success")
    except course_service.CourseError as exc:
        flash(str(exc), "error")
    return redirect(url_for("courses.planner", course_id=course.id))


@bp.route("/<int:course_id>/config", methods=["POST"])
@login_required
def upload_config(course_id: int):
    course = _course_for_officer(course_id)
    config = course_service.load_course_config(request.files["config"].stream)
    course.length_m = int(config.get("length", course.length_m or 0))
    course.climb_m = int(config.get("climb", course.climb_m or 0))
    db_session.commit()
    return redirect(url_for("courses.planner", course_id=course.id))


@bp.route("/<int:course_id>/preview", methods=["POST"])
@login_required
def map_preview(course_id: int):
    course = _course_for_officer(course_id)
    try:
        preview = course_service.render_map_preview(course, request.form.get("scale", "50"))
    except course_service.CourseError as exc:
        flash(str(exc), "error")
        return redirect(url_for("courses.planner", course_id=course.id))
    return redirect(url_for("courses.map_file", filename=preview))


@bp.route("/maps/<path:filename>")
@login_required
def map_file(filename: str):
    return storage.send_map_file(filename)


@bp.route("/<int:course_id>/maps", methods=["POST"])
@login_required
def upload_map_pack(course_id: int):
    course = _course_for_officer(course_id)
    pack = request.files["pack"]
    tmp_path = storage.upload_path(f"mappack-{course.id}.zip")
    pack.save(tmp_path)
    try:
        files = extract_map_pack(tmp_path, current_app.config["MAP_DIR"])
    except ArchiveError as exc:
        flash(str(exc), "error")
        return redirect(url_for("courses.planner", course_id=course.id))
    images = [f for f in files if f.lower().endswith((".png", ".jpg", ".jpeg"))]
    if images:
        course.map_filename = images[0].rsplit("/", 1)[-1]
        db_session.commit()
    return redirect(url_for("courses.planner", course_id=course.id))


@bp.route("/<int:course_id>/print")
@login_required
def print_descriptions(course_id: int):
    course = _course_for_officer(course_id)
    footer = request.args.get("footer", "")
    if request.args.get("layout") == "club":
        return course_service.render_print_sheet(course, footer)
    return course_service.render_print_sheet_default(course, footer)
