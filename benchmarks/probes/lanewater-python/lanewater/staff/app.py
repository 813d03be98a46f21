"""Robyn staff service: ``lanewater-staff`` or ``python -m lanewater.staff.app``."""
import logging
import os

from robyn import Request, Robyn

from lanewater.db import close_orm, init_orm
from lanewater.integrations import directory
from lanewater.repositories import report_repository, shift_repository
from lanewater.staff import http
from lanewater.staff.auth import SESSION_COOKIE, StaffAuthError, issue_token
from lanewater.staff.facilities import facilities
from lanewater.staff.roster import roster
from lanewater.staff.shifts import me, shifts

log = logging.getLogger(__name__)

app = Robyn(__file__)
app.include_router(shifts)
app.include_router(me)
app.include_router(roster)
app.include_router(facilities)

SECTIONS = {
    "roster": "/roster/",
    "swaps": "/shifts/swaps",
    "my-shifts": "/shifts/mine",
    "directory": "/roster/directory",
}


@app.startup_handler
async def startup() -> None:
    await init_orm()


@app.shutdown_handler
async def shutdown() -> None:
    await report_repository.close_pool()
    await close_orm()


@app.exception
def handle_exception(error):
    if isinstance(error, StaffAuthError):
        return http.error(None, 401, str(error))
    if isinstance(error, (KeyError, ValueError)):
        return http.error(None, 400, f"bad request: {error}")
    log.exception("unhandled staff service error", exc_info=error)
    return http.error(None, 500, "internal error")


@app.get("/health")
async def health(request: Request):
    return http.json_response(request, {"status": "ok"})


@app.post("/login")
async def login(request: Request):
    data = request.json()
    username = str(data.get("username", "")).strip()
    password = str(data.get("password", ""))
    if not username or not password:
        return http.error(request, 400, "username and password are required")
    entry = directory.find_staff_member(username)
    if entry is None or not directory.verify_password(entry.dn, password):
        return http.error(request, 401, "invalid credentials")
    lifeguard = await shift_repository.lifeguard_by_username(entry.get("uid") or username)
    if lifeguard is None:
        return http.error(request, 403, "no Lanewater staff profile for this account")
    token = issue_token(lifeguard)
    payload = {"token": token, "role": lifeguard.role}
    if lifeguard.role == "lifeguard":
        payload["kiosk_token"] = issue_token(lifeguard, kind="kiosk")
    return http.json_response(request, payload, cookies={SESSION_COOKIE: token})


@app.get("/go")
async def go(request: Request):
    section = request.query_params.get("to", "roster")
    target = SECTIONS.get(section)
    if target is None:
        target = SECTIONS["roster"]
    return http.redirect(target)  # SAFE redirect


@app.get("/logout")
async def logout(request: Request):
    return_to = request.query_params.get("return_to", http.staff_url("/"))
    return http.redirect(return_to)  # VULN redirect


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app.start(host=os.environ.get("LANEWATER_STAFF_HOST", "0.0.0.0"), port=int(os.environ.get("LANEWATER_STAFF_PORT", "8081")))


if __name__ == "__main__":
    main()
