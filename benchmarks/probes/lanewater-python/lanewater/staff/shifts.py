"""Shift, swap and self-service endpoints for lifeguards."""
from datetime import datetime, timedelta, timezone

from robyn import Request, SubRouter

from lanewater.repositories import shift_repository
from lanewater.staff import http
from lanewater.staff.auth import kiosk_identity, require_staff
from lanewater.util import files

shifts = SubRouter(__file__, prefix="/shifts")
me = SubRouter(__file__, prefix="/me")

SWAP_STATUSES = ("open", "taken", "approved", "withdrawn")


def _since() -> datetime:
    return datetime.now(timezone.utc) - timedelta(hours=12)


@shifts.get("/mine")
async def my_shifts(request: Request):
    claims = require_staff(request)
    lifeguard_id = claims["lid"]
    if claims["role"] == "manager":
        lifeguard_id = request.query_params.get("lifeguard", str(claims["lid"]))
    rows = await shift_repository.upcoming_for_lifeguard(lifeguard_id, _since())
    return http.json_response(request, {"shifts": rows})


@shifts.get("/kiosk")
async def kiosk_shifts(request: Request):
    claims = kiosk_identity(request.headers.get("x-kiosk-token"))
    rows = await shift_repository.upcoming_for_lifeguard(claims["lid"], _since())
    return http.json_response(request, {"lifeguard": claims.get("sub"), "shifts": rows})


@shifts.get("/swaps")
async def list_swaps(request: Request):
    require_staff(request)
    status = request.query_params.get("status", "open")
    pool_code = request.query_params.get("pool", None)
    rows = await shift_repository.list_swaps(status, pool_code)
    return http.json_response(request, {"swaps": rows})


@shifts.post("/swaps")
async def open_swap(request: Request):
    claims = require_staff(request, "lifeguard")
    data = request.json()
    swap = await shift_repository.open_swap(int(data["shift_id"]), claims["lid"], str(data.get("reason", ""))[:255])
    return http.json_response(request, {"id": swap.id, "status": swap.status}, status=201)


@shifts.post("/swaps/:swap_id/take")
async def take_swap(request: Request):
    claims = require_staff(request, "lifeguard")
    taken = await shift_repository.take_swap(int(request.path_params["swap_id"]), claims["lid"])
    if not taken:
        return http.error(request, 409, "swap is no longer open")
    return http.json_response(request, {"status": "taken"})


@me.put("/notes")
async def update_notes(request: Request):
    """Lifeguards keep a short note (qualifications, languages) shown on the roster."""
    claims = require_staff(request)
    lifeguard = await shift_repository.lifeguard_by_id(claims["lid"])
    if lifeguard is None:
        return http.error(request, 404, "unknown lifeguard")
    notes = str(request.json().get("notes", ""))[:2000]
    await shift_repository.save_notes(lifeguard, notes)
    return http.json_response(request, {"status": "saved"})


@me.post("/certificates/:category")
async def upload_certificate(request: Request):
    require_staff(request)
    category = request.path_params["category"]
    filename = request.headers.get("x-filename") or "certificate.pdf"
    try:
        stored = files.store_staff_upload(category, filename, http.body_bytes(request))
    except files.StorageError as exc:
        return http.error(request, 400, str(exc))
    return http.json_response(request, {"stored": stored}, status=201)


@me.post("/scans")
async def upload_scans(request: Request):
    claims = require_staff(request)
    stored = []
    for name, content in request.files.items():
        try:
            stored.append(str(files.store_certificate_scan(claims["lid"], name, content)))
        except files.StorageError as exc:
            return http.error(request, 400, str(exc))
    return http.json_response(request, {"stored": stored}, status=201)
