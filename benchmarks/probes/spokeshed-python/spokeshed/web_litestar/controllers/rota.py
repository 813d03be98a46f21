"""Rota pages and shift claiming."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body

from spokeshed.services import rendering
from spokeshed.services.rota import RotaService, monday_of
from spokeshed.services.volunteers import VolunteerService
from spokeshed.web_litestar.guards import coordinator_guard, current_volunteer_id, kiosk_or_staff_guard, staff_guard


class RotaController(Controller):
    path = "/rota"

    @get("/week", guards=[staff_guard])
    async def week(
        self,
        rota_service: RotaService,
        volunteer_service: VolunteerService,
        day: date | None = None,
        order: str = "day",
    ) -> Response[str]:
        day = day or date.today()
        shifts = await rota_service.week(day, order)
        volunteers = {}
        for shift in shifts:
            if shift.volunteer_id and shift.volunteer_id not in volunteers:
                volunteers[shift.volunteer_id] = await volunteer_service.repo.get(shift.volunteer_id)
        html = rendering.render_page("rota_week.mako", monday=monday_of(day), shifts=shifts, volunteers=volunteers)
        return Response(content=html, media_type=MediaType.HTML)

    @post("/shifts/{shift_id:int}/claim", guards=[kiosk_or_staff_guard])
    async def claim(self, request: Request, shift_id: int, rota_service: RotaService) -> dict[str, Any]:
        shift = await rota_service.claim(shift_id, current_volunteer_id(request))
        return {"shift": shift.id, "day": shift.day.isoformat(), "bench": shift.bench, "volunteer": shift.volunteer_name}

    @post("/shifts/{shift_id:int}/release", guards=[kiosk_or_staff_guard], status_code=204)
    async def release(self, request: Request, shift_id: int, rota_service: RotaService) -> None:
        await rota_service.release(shift_id, current_volunteer_id(request))

    @post("/term-template", guards=[coordinator_guard])
    async def import_term(
        self,
        rota_service: RotaService,
        data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)],
        first_monday: date,
    ) -> dict[str, Any]:
        text = (await data.read()).decode("utf-8")
        template = rota_service.parse_term_template(text)
        created = await rota_service.seed_term(monday_of(first_monday), template)
        return {"created": created}

    @post("/bench-layout", guards=[coordinator_guard])
    async def bench_layout(self, request: Request, rota_service: RotaService) -> dict[str, Any]:
        layout = rota_service.load_bench_layout((await request.body()).decode("utf-8"))
        return {"benches": sorted(layout)}
