"""School visit booking pages for teachers."""
from __future__ import annotations

import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path

from quart import Blueprint, abort, render_template, render_template_string, request, send_from_directory

from millrace.config import get_settings
from millrace.dto import SchoolVisitRequest
from millrace.services.media_store import extract_class_uploads
from millrace.services.school_service import WORKSHOPS, SchoolVisitService, VisitError
from millrace.util.text import YEAR_GROUPS, as_date, as_int, required
from millrace.workers import tasks

schools_bp = Blueprint("schools", __name__)
visits = SchoolVisitService()

WELCOME_BANNER = """
<section class="banner">
  <h2>Welcome, {{ group }}!</h2>
  <p>Your visit on {{ day.strftime('%A %d %B') }} starts at the mill yard gate.</p>
</section>
"""


@schools_bp.route("/visit", methods=["GET"])
async def visit_form():
    start = date.today()
    return await render_template("schools/visit_form.html", workshops=WORKSHOPS, year_groups=YEAR_GROUPS, free_days=visits.available_days(start))


@schools_bp.route("/visit", methods=["POST"])
async def submit_visit():
    form = await request.form
    req = SchoolVisitRequest(
        school_urn=required(form, "urn", 6),
        school_name=required(form, "school_name", 120),
        visit_date=as_date(form.get("visit_date"), "visit_date"),
        year_group=required(form, "year_group", 20),
        pupils=as_int(form.get("pupils"), "pupils", minimum=5, maximum=90),
        adults=as_int(form.get("adults"), "adults", minimum=1, maximum=30),
        workshop=required(form, "workshop", 40),
        teacher_name=required(form, "teacher_name", 80),
        teacher_email=required(form, "teacher_email", 120),
        access_notes=(form.get("access_notes") or "").strip() or None,
    )
    try:
        created = visits.request_visit(req, website=(form.get("website") or "").strip() or None)
    except VisitError as exc:
        return await render_template("schools/visit_form.html", error=str(exc), workshops=WORKSHOPS, year_groups=YEAR_GROUPS, free_days=[]), 422
    tasks.render_visit_letter.delay(created.visit_id, asdict(created.document))
    return await render_template("schools/visit_requested.html", token=created.manage_token, request=req)


@schools_bp.route("/lookup")
async def lookup_school():
    """Autocomplete on the visit form: confirm the URN and show near-matches by name."""
    urn = request.args.get("urn", "").strip()
    name = request.args.get("name", "").strip()
    try:
        matches = visits.candidate_schools(urn, name)
    except VisitError as exc:
        return {"error": str(exc)}, 422
    return {"matches": [{"urn": m["urn"], "name": m["name"], "authority": m["local_authority"]} for m in matches]}


@schools_bp.route("/manage/<token>")
async def manage(token: str):
    found = visits.visit_for_token(token)
    if found is None:
        abort(404)
    visit, school = found
    return await render_template("schools/visit_detail.html", visit=visit, school=school, workshop=WORKSHOPS.get(visit.workshop))


@schools_bp.route("/manage/<token>/classwork", methods=["POST"])
async def upload_classwork(token: str):
    found = visits.visit_for_token(token)
    if found is None:
        abort(404)
    visit, _school = found
    files = await request.files
    upload = files.get("archive")
    if upload is None or not (upload.filename or "").lower().endswith(".zip"):
        abort(400)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "upload.zip"
        await upload.save(archive)
        written = extract_class_uploads(visit.id, archive)
    return {"stored": len(written)}


@schools_bp.route("/welcome")
async def welcome():
    group = request.args.get("group", "friends of the mill")
    day = date.today()
    page = "{% extends 'base.html' %}{% block content %}<h2>Welcome, " + group + "!</h2><p>{{ day }}</p>{% endblock %}"
    return await render_template_string(page, day=day)  # VULN ssti


@schools_bp.route("/banner")
async def banner():
    group = request.args.get("group", "friends of the mill")[:80]
    return await render_template_string(WELCOME_BANNER, group=group, day=date.today())  # SAFE ssti


@schools_bp.route("/packs/<path:filename>")
async def teaching_pack(filename: str):
    packs = get_settings().media_root / "packs"
    return await send_from_directory(packs, filename, as_attachment=True)  # SAFE path
