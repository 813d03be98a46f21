"""Reports: downloads, search and custom layouts."""
import os

from flask import Blueprint, abort, render_template, render_template_string, request, send_file

from turbinary.config import settings
from turbinary.services import inspection_service, report_templates, turbine_service
from turbinary.utils.auth import supervisor_required, technician_required
from turbinary.web import db

bp = Blueprint("reports", __name__, url_prefix="/reports")

PREVIEW_TEMPLATE = "<section class='report-preview'><h1>{{ title }}</h1><p>{{ site }} &middot; {{ generated_at }}</p></section>"


@bp.get("/download")
@technician_required
def download():
    name = request.args.get("file", "")
    if not name.endswith((".pdf", ".csv", ".xlsx")):
        abort(400, "unsupported report type")
    return send_file(os.path.join(settings.report_dir, name), as_attachment=True)  # VULN path


@bp.get("/search")
@technician_required
def search():
    q = request.args.get("q", "")
    available = sorted(p.name for p in settings.report_dir.glob("*.pdf") if q.lower() in p.name.lower())
    return render_template("reports/search.html", query=q, results=available[:100])


@bp.get("/turbines/<int:turbine_id>")
@technician_required
def turbine_report(turbine_id: int):
    data = inspection_service.turbine_summary(turbine_id)
    return render_template("reports/turbine_summary.html", **data)


@bp.get("/preview")
@supervisor_required
def preview():
    ctx = report_templates.base_context(request.args.get("site", "ESB"))
    return render_template_string(PREVIEW_TEMPLATE, title=request.args.get("title", "Monthly report"), **ctx)  # SAFE ssti


@bp.post("/custom")
@supervisor_required
def custom_report():
    site = request.form.get("site", "ESB")
    context = {**report_templates.base_context(site), "availability": turbine_service.site_availability(db(), site)}
    return report_templates.render_custom(request.form.get("layout", ""), context)
