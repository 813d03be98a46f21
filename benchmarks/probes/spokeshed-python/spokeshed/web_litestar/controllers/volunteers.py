"""Volunteer sign-up, skills directory and profile settings."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post, put

from spokeshed.domain.dto import VolunteerSignup
from spokeshed.services.volunteers import VolunteerService
from spokeshed.services.webhooks import CalendarNotifier
from spokeshed.web_litestar.guards import current_volunteer_id, staff_guard


@dataclass
class UrlPayload:
    url: str | None = None


class VolunteerController(Controller):
    path = "/volunteers"

    @post("/")
    async def sign_up(self, data: VolunteerSignup, volunteer_service: VolunteerService) -> dict[str, Any]:
        volunteer = await volunteer_service.sign_up(data)
        return {"id": volunteer.id, "display_name": volunteer.display_name}

    @get("/skills/{skill:str}", guards=[staff_guard])
    async def with_skill(self, skill: str, volunteer_service: VolunteerService) -> list[dict[str, Any]]:
        found = await volunteer_service.who_can(skill)
        return [{"id": v.id, "name": v.display_name, "skills": v.skills} for v in found]

    @put("/me/calendar", guards=[staff_guard])
    async def set_calendar(self, request: Request, data: UrlPayload, volunteer_service: VolunteerService) -> dict[str, Any]:
        await volunteer_service.set_calendar_hook(current_volunteer_id(request), data.url)
        return {"calendar_webhook": data.url}

    @post("/me/calendar/test", guards=[staff_guard])
    async def test_calendar(self, data: UrlPayload, notifier: CalendarNotifier) -> dict[str, Any]:
        return {"status": notifier.test_hook(data.url or "")}

    @put("/me/website", guards=[staff_guard])
    async def set_website(self, request: Request, data: UrlPayload, volunteer_service: VolunteerService) -> dict[str, Any]:
        await volunteer_service.set_website(current_volunteer_id(request), data.url)
        return {"website": data.url}
