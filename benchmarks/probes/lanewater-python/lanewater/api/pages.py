"""Server-rendered public pages (Chameleon templates)."""
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from lanewater import rendering
from lanewater.api.security import member_session
from lanewater.integrations import sensors
from lanewater.models import Pool, Swimmer
from lanewater.repositories.class_repository import SWIM_LEVELS
from lanewater.services import class_service
from lanewater.util.filters import COOKIE_NAME, SavedFilter, decode_filter, encode_filter


def _html(body: str, status: int = 200) -> HttpResponse:
    return HttpResponse(body, content_type="text/html; charset=utf-8", status=status)


@require_GET
async def timetable(request):
    query = request.GET.get("q", "")
    level = request.GET.get("level") or None
    saved = decode_filter(request.COOKIES.get(COOKIE_NAME))
    classes, spaces = await class_service.search(query, level)
    if saved.weekdays:
        classes = [c for c in classes if c.weekday in saved.weekdays]
    body = rendering.render_page(
        "timetable",
        classes=classes,
        spaces=spaces,
        query=query,
        level=level,
        levels=SWIM_LEVELS,
        saved_filter=saved,
        weekdays=class_service.WEEKDAYS,
    )
    return _html(body)


@require_POST
async def save_filter(request):
    saved = SavedFilter(
        pool_code=(request.POST.get("pool_code") or None),
        weekdays=[int(d) for d in request.POST.getlist("weekday") if d.isdigit() and int(d) < 7],
        earliest=request.POST.get("earliest") or None,
        latest=request.POST.get("latest") or None,
    )
    response = HttpResponseRedirect("/pages/timetable")
    response.set_cookie(COOKIE_NAME, encode_filter(saved), max_age=60 * 60 * 24 * 180, httponly=True, samesite="Lax")
    return response


@require_GET
async def class_detail(request, class_id: int):
    try:
        context = await class_service.class_page_context(class_id)
    except class_service.ClassError:
        return _html("<h1>Class not found</h1>", status=404)
    member_id = member_session(request)
    swimmers = await Swimmer.filter(member_id=member_id) if member_id else []
    return _html(rendering.render_page("class_detail", swimmers=swimmers, **context))


@require_GET
async def pool_status(request, pool_code: str):
    pool = await Pool.get_or_none(code=pool_code)
    if pool is None:
        return JsonResponse({"detail": "unknown pool"}, status=404)
    gateway = request.GET.get("gateway") or pool.sensor_gateway
    status = sensors.public_status(gateway)
    return JsonResponse({"pool": pool.code, "name": pool.name, **status})
