"""Facilities and finance endpoints: pricing, lane set-up, signage, sensors, desk printing."""
from decimal import Decimal, InvalidOperation

from robyn import Request, SubRouter

from lanewater.integrations import sensors
from lanewater.models import Lifeguard, Pool
from lanewater.repositories import booking_repository
from lanewater.schemas import LaneConfigIn, PricingRuleIn
from lanewater.services import booking_service, document_service, imports
from lanewater.staff import http
from lanewater.staff.auth import require_staff

facilities = SubRouter(__file__, prefix="/facilities")


@facilities.post("/pricing-rules")
async def save_pricing_rule(request: Request):
    require_staff(request, "manager")
    try:
        rule = PricingRuleIn(**request.json())
    except (ValueError, InvalidOperation) as exc:
        return http.error(request, 400, str(exc))
    rule_id = await booking_service.save_pricing_rule(rule.pool_code, rule.name, rule.formula, Decimal(rule.base_rate))
    return http.json_response(request, {"id": rule_id}, status=201)


@facilities.put("/lanes/:lane_id/config")
async def save_lane_config(request: Request):
    require_staff(request, "manager")
    payload = LaneConfigIn(**request.json())
    config = await booking_service.save_lane_config(int(request.path_params["lane_id"]), payload.config)
    return http.json_response(request, {"config": config})


@facilities.post("/signage/:pool_code")
async def upload_signage(request: Request):
    require_staff(request, "manager")
    pool = await Pool.get_or_none(code=request.path_params["pool_code"])
    if pool is None:
        return http.error(request, 404, "unknown pool")
    written = imports.unpack_signage(pool.code, http.body_bytes(request))
    return http.json_response(request, {"files": written}, status=201)


@facilities.post("/certifications")
async def import_certifications(request: Request):
    require_staff(request, "manager")
    records = imports.parse_certifications(http.body_bytes(request))
    updated = 0
    for record in records:
        if record["kind"] != "pool-lifeguard" or not record["expires"]:
            continue
        updated += await Lifeguard.filter(employee_id=record["employee_id"]).update(certification_expiry=record["expires"])
    return http.json_response(request, {"records": len(records), "updated": updated})


@facilities.get("/sensors/:gateway")
async def sensor_readings(request: Request):
    require_staff(request)
    pool_code = request.query_params.get("pool", "CEN")
    try:
        readings = sensors.latest_readings(request.path_params["gateway"], pool_code)
    except sensors.UnknownGateway:
        return http.error(request, 404, "unknown gateway")
    return http.json_response(request, readings)


@facilities.post("/desk/receipts/:reference/print")
async def reprint_receipt(request: Request):
    require_staff(request, "desk")
    booking = await booking_repository.by_reference(request.path_params["reference"])
    if booking is None:
        return http.error(request, 404, "unknown booking")
    pdf = document_service.receipt_pdf(booking, booking.member.full_name)
    document_service.print_receipt(pdf, request.query_params.get("desk", "reception"))
    return http.json_response(request, {"status": "printing"})
