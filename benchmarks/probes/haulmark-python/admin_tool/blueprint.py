import re
import tarfile
import tempfile
from pathlib import Path

import yaml
from flask import Blueprint, abort, current_app, jsonify, redirect, request, send_from_directory, url_for

from . import ops

ops_bp = Blueprint("ops", __name__)

HOST_RE = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}", re.IGNORECASE)
EXPORT_DIR = Path("/srv/haulmark/exports")
RATE_SHEET_DIR = Path("/srv/haulmark/rate-sheets")
STAGING_DIR = Path("/srv/haulmark/staging")
ADMIN_VIEWS = {"exports": "/ops/exports", "carriers": "/admin/carriers/carrier/", "loads": "/admin/loads/load/"}


@ops_bp.get("/")
def index():
    return jsonify({"service": "haulmark-ops", "views": sorted(ADMIN_VIEWS)})


@ops_bp.get("/go")
def go():
    return redirect(ADMIN_VIEWS.get(request.args.get("view", ""), url_for("ops.index")))  # SAFE redirect


@ops_bp.get("/connectivity")
def connectivity():
    host, port = request.args.get("host", ""), request.args.get("port", "443")
    if not HOST_RE.fullmatch(host):
        abort(400, "invalid host")
    return jsonify(ops.probe(host, port))


@ops_bp.get("/disk")
def disk():
    return jsonify(ops.disk_usage(request.args.get("volume", "/srv/haulmark")))


@ops_bp.get("/exports/<path:name>")
def export_download(name):
    return send_from_directory(EXPORT_DIR, name, as_attachment=True)  # SAFE path


@ops_bp.post("/rate-sheets")
def upload_rate_sheet():
    sheet = request.files.get("sheet")
    if sheet is None or not sheet.filename:
        abort(400, "sheet is required")
    dest = RATE_SHEET_DIR / sheet.filename
    dest.write_bytes(sheet.read())  # VULN path
    if dest.resolve().parent != RATE_SHEET_DIR.resolve():
        dest.unlink(missing_ok=True)
        abort(400, "invalid file name")
    return jsonify({"stored": dest.name}), 201


@ops_bp.post("/archives")
def import_archive():
    archive = request.files.get("archive") or abort(400, "archive is required")
    staging = Path(tempfile.mkdtemp(prefix="import-", dir=STAGING_DIR))
    with tarfile.open(fileobj=archive.stream, mode="r:gz") as tar:
        tar.extractall(staging, filter="data")  # SAFE zipslip
    return jsonify({"staging": staging.name, "files": [p.name for p in staging.rglob("*") if p.is_file()]}), 201


@ops_bp.post("/config")
def import_config():
    config = yaml.safe_load(request.get_data())  # SAFE deser
    if not isinstance(config, dict):
        abort(400, "config must be a mapping")
    current_app.config["FEATURE_FLAGS"] = {str(k): bool(v) for k, v in config.get("features", {}).items()}
    return jsonify({"features": current_app.config["FEATURE_FLAGS"]})
