"""Turbine registry views."""
import base64
import pickle

from flask import Blueprint, abort, jsonify, request

from turbinary.repositories.turbine_repo import TurbineRepository
from turbinary.services import firmware, scada_import, turbine_service
from turbinary.utils.auth import supervisor_required, technician_required
from turbinary.web import db

bp = Blueprint("turbines", __name__, url_prefix="/turbines")
DEFAULT_LAYOUT = {"widgets": ["availability", "alarms", "work_orders"], "columns": 3}
FIELDS = ("id", "serial", "site", "model", "rated_kw", "status")


@bp.get("/")
@technician_required
def index():
    turbines = turbine_service.list_turbines(db(), request.args)
    return jsonify([{f: getattr(t, f) for f in FIELDS} for t in turbines])


@bp.post("/")
@supervisor_required
def register():
    turbine = turbine_service.register_turbine(db(), request.get_json(force=True))
    return jsonify({f: getattr(turbine, f) for f in FIELDS}), 201


@bp.get("/availability")
@technician_required
def availability():
    site = request.args.get("site", "ESB")
    return jsonify(turbine_service.site_availability(db(), site, request.args.get("days", 30, type=int)))


@bp.get("/dashboard/layout")
@technician_required
def dashboard_layout():
    raw = request.cookies.get("dash_layout")
    layout = DEFAULT_LAYOUT
    if raw:
        layout = pickle.loads(base64.urlsafe_b64decode(raw))  # VULN deser
    return jsonify(layout)


@bp.get("/by-serial/<serial>/position")
@technician_required
def position(serial: str):
    found = scada_import.turbine_position(request.view_args["serial"])
    return jsonify(found) if found else abort(404)


@bp.get("/feeders/<feeder>")
@technician_required
def feeder_turbines(feeder: str):
    return jsonify({"feeder": feeder, "turbines": scada_import.turbines_on_feeder(feeder)})


@bp.post("/<int:turbine_id>/flash-plan")
@supervisor_required
def flash_plan(turbine_id: int):
    turbine = TurbineRepository(db()).get(turbine_id) or abort(404)
    return jsonify({"turbine_id": turbine_id, "plan": firmware.flash_plan(turbine)})
