"""Reports over the historic permit archive."""
from flask import Blueprint, jsonify, request

from ..repositories import legacy_cursor
from ..tasks import background
from ..utils.validators import SORT_DIRECTIONS, report_sort_column

bp = Blueprint("reports", __name__)


@bp.get("/archive")
def archive():
    column = report_sort_column(request.args.get("sort"))
    direction = request.args.get("dir", "desc").lower()
    direction = direction if direction in SORT_DIRECTIONS else "desc"
    year = request.args.get("year", type=int) or 2017
    return jsonify(rows=legacy_cursor.archived_permits(column, direction.upper(), year))


@bp.get("/archive/by-applicant")
def archive_by_applicant():
    applicant = request.args.get("applicant", "")
    order_by = request.args.get("order", "decided_on")
    direction = request.args.get("dir", "asc")
    if direction.lower() not in SORT_DIRECTIONS:
        return jsonify(error="bad sort direction"), 400
    return jsonify(rows=legacy_cursor.archived_by_applicant(applicant, order_by, direction))


@bp.post("/backup")
def trigger_backup():
    background.submit({"kind": "backup"})
    return jsonify(status="queued"), 202
