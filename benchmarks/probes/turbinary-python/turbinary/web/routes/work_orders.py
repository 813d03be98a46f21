"""Work order views."""
from flask import Blueprint, abort, g, jsonify, request

from turbinary.jobs import diagnostics_queue
from turbinary.jobs.diagnostics_jobs import run_connectivity_check
from turbinary.repositories.work_order_repo import WorkOrderRepository
from turbinary.services import attachments, diagnostics, work_order_service
from turbinary.utils.auth import supervisor_required, technician_required
from turbinary.web import db

bp = Blueprint("work_orders", __name__, url_prefix="/work-orders")
FIELDS = ("id", "turbine_id", "title", "priority", "status", "assigned_to")


@bp.get("/")
@technician_required
def list_orders():
    orders = work_order_service.search_work_orders(db(), request.args)
    return jsonify([{f: getattr(o, f) for f in FIELDS} for o in orders])


@bp.post("/<int:work_order_id>/attachments")
@technician_required
def add_attachment(work_order_id: int):
    if WorkOrderRepository(db()).get(work_order_id) is None:
        abort(404)
    upload = request.files.get("file") or abort(400, "missing file")
    try:
        stored = attachments.store_work_order_attachment(work_order_id, upload)
    except attachments.AttachmentRejected as exc:
        abort(400, str(exc))
    return jsonify({"stored": stored.name, "size": stored.stat().st_size}), 201


@bp.post("/diagnostics/ping")
@technician_required
def queue_ping():
    host = request.form.get("host", "").strip() or abort(400, "host is required")
    job = diagnostics_queue.enqueue(run_connectivity_check, host, g.username)
    return jsonify({"job_id": job.id}), 202


@bp.post("/diagnostics/traceroute")
@supervisor_required
def run_traceroute():
    host = request.form.get("host", "").strip()
    return jsonify({"host": host, "output": diagnostics.traceroute(host, request.form.get("max_hops", 12, type=int))})
