"""Plot endpoints for the mobile app."""
from decimal import Decimal, InvalidOperation

from blacksheep import FromJSON, FromQuery, Request, json
from blacksheep.exceptions import BadRequest, NotFound

from brightwell.api.auth import require_coordinator
from brightwell.api.routing import router
from brightwell.api.schemas import BedDimensionsPayload, FeeRulePayload
from brightwell.dto import PlotSearch
from brightwell.models import Site
from brightwell.repositories import plot_repo
from brightwell.services import booking_service, rules_service, weather_client


def _first(request: Request, name: str):
    values = request.query.get(name)
    return values[0] if values else None


@router.get("/api/plots")
async def list_plots(request: Request, sort: FromQuery[str] = FromQuery("code"), limit: FromQuery[int] = FromQuery(50)):
    min_size = None
    raw_size = _first(request, "min_size")
    if raw_size:
        try:
            min_size = Decimal(raw_size)
        except InvalidOperation:
            raise BadRequest("min_size must be a number")
    search = PlotSearch(
        site=_first(request, "site"),
        soil=_first(request, "soil"),
        min_size=min_size,
        sort=sort.value,
        limit=min(max(limit.value, 1), 200),
    )
    return json(plot_repo.search_plots(search))


@router.get("/api/plots/{code}/quote")
async def plot_quote(code: str):
    try:
        pence = booking_service.quote(code)
    except booking_service.BookingError:
        raise NotFound()
    return json({"plot": code, "fee_pence": pence})


@router.put("/api/sites/{slug}/fee-rule")
async def set_fee_rule(request: Request, slug: str, body: FromJSON[FeeRulePayload]):
    editor = require_coordinator(request)
    site = Site.get_or_none(Site.slug == slug)
    if site is None:
        raise NotFound()
    booking_service.update_fee_rule(site, body.value.expression, editor)
    return json({"site": slug, "rule": site.fee_rule})


@router.post("/api/beds/dimensions")
async def bed_dimensions(request: Request, body: FromJSON[BedDimensionsPayload]):
    require_coordinator(request)
    try:
        dims = rules_service.parse_bed_dimensions(body.value.dimensions)
    except rules_service.RuleError as exc:
        raise BadRequest(str(exc))
    area = sum(w * l for w, l in dims)
    return json({"plot": body.value.plot_code, "beds": dims, "area_m2": round(area, 2)})


@router.get("/api/sites/{slug}/forecast")
async def site_forecast(slug: str):
    site = Site.get_or_none(Site.slug == slug)
    if site is None or site.weather_station is None:
        raise NotFound()
    return json(weather_client.station_forecast(site.weather_station))
