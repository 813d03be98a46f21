"""Weekly roster pages, search, printing and roster templates."""
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import quote

import yaml
from robyn import Request, SubRouter

from lanewater import conf, rendering
from lanewater.integrations import directory
from lanewater.models import Pool, Shift
from lanewater.repositories import shift_repository
from lanewater.services import document_service
from lanewater.staff import http
from lanewater.staff.auth import require_staff

roster = SubRouter(__file__, prefix="/roster")

DEFAULT_POOL = "CEN"


def _week_bounds(year: int, week: int) -> tuple[datetime, datetime]:
    start = datetime.combine(date.fromisocalendar(year, week, 1), time.min, tzinfo=timezone.utc)
    return start, start + timedelta(days=7)


def _current_week() -> tuple[int, int]:
    iso = date.today().isocalendar()
    return iso.year, iso.week


async def _render_roster(pool_code: str, year: int, week: int) -> str:
    start, end = _week_bounds(year, week)
    shifts = await shift_repository.week_roster(pool_code, start, end)
    return rendering.render_page(
        "roster",
        shifts=shifts,
        pool_code=pool_code,
        week_label=f"{year}-W{week:02d}",
        previous_week=max(week - 1, 1),
        next_week=min(week + 1, 53),
        staff_url=conf.STAFF_PORTAL_URL,
    )


@roster.get("/")
async def roster_page(request: Request):
    require_staff(request)
    year, week = _current_week()
    pool_code = request.query_params.get("pool", DEFAULT_POOL)
    week = int(request.query_params.get("week", str(week)))
    return http.html_response(request, await _render_roster(pool_code, year, week))


@roster.get("/week/:week")
async def roster_week(request: Request):
    week = int(request.path_params["week"])
    pool_code = request.query_params.get("pool", DEFAULT_POOL)
    return http.redirect(f"/roster/?week={week}&pool={quote(pool_code, safe='')}")


@roster.get("/search")
async def roster_search(request: Request):
    require_staff(request)
    query = request.query_params.get("q", "")
    guards = await shift_repository.search_lifeguards(query) if query else []
    return http.html_response(request, http.roster_search_page(query, guards))


@roster.get("/directory")
async def staff_directory(request: Request):
    require_staff(request, "desk")
    query = request.query_params.get("q", "")
    guards = await shift_repository.search_lifeguards(query) if query else []
    return http.html_response(request, http.directory_page(query, guards))


@roster.post("/print")
async def print_roster(request: Request):
    require_staff(request, "desk")
    data = request.json()
    year, current = _current_week()
    pool_code = str(data.get("pool", DEFAULT_POOL))
    week = int(data.get("week", current))
    printer = str(data.get("printer", conf.ROSTER_PRINTERS["office"]))
    copies = max(1, min(int(data.get("copies", 1)), 10))
    html = await _render_roster(pool_code, year, week)
    pdf = document_service.roster_pdf(html, pool_code, f"{year}-W{week:02d}")
    document_service.print_roster(pdf, printer, copies)
    return http.json_response(request, {"status": "printing", "printer": printer})


@roster.post("/template")
async def apply_template(request: Request):
    """Managers paste the YAML roster template used for a typical week."""
    require_staff(request, "manager")
    template = yaml.safe_load(http.body_text(request))  # SAFE deser
    if not isinstance(template, dict) or not isinstance(template.get("shifts"), list):
        return http.error(request, 400, "template must contain a list of shifts")
    pool = await Pool.get_or_none(code=str(template.get("pool", DEFAULT_POOL)))
    if pool is None:
        return http.error(request, 404, "unknown pool")
    year, current = _current_week()
    start, _ = _week_bounds(year, int(template.get("week", current)))
    created = 0
    for item in template["shifts"]:
        day = start + timedelta(days=int(item["day"]) % 7)
        begins = datetime.combine(day.date(), time.fromisoformat(str(item["from"])), tzinfo=timezone.utc)
        ends = datetime.combine(day.date(), time.fromisoformat(str(item["to"])), tzinfo=timezone.utc)
        await Shift.create(pool_id=pool.id, station=str(item["station"])[:32], starts_at=begins, ends_at=ends)
        created += 1
    return http.json_response(request, {"created": created}, status=201)


@roster.get("/onboard/:employee_id")
async def onboard_lookup(request: Request):
    require_staff(request, "manager")
    entry = directory.find_by_employee_number(request.path_params["employee_id"])
    if entry is None:
        return http.error(request, 404, "not in the city directory")
    return http.json_response(request, dict(entry))
