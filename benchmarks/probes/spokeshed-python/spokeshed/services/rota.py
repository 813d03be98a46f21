"""Volunteer rota: weekly view, claiming shifts and seeding a term from a template."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import yaml

from spokeshed.domain.dto import Shift
from spokeshed.domain.errors import Conflict, InvalidInput, NotFound
from spokeshed.repositories.rota import RotaRepository

SESSIONS = ("tue_eve", "wed_eve", "thu_eve", "sat_am", "sat_pm")
BENCHES = ("bench-1", "bench-2", "bench-3", "diy-stand", "front-desk")
WEEKDAY_OF_SESSION = {"tue_eve": 1, "wed_eve": 2, "thu_eve": 3, "sat_am": 5, "sat_pm": 5}


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class RotaService:
    def __init__(self, repo: RotaRepository) -> None:
        self.repo = repo

    async def week(self, any_day: date, order: str) -> list[Shift]:
        return await self.repo.week(monday_of(any_day), order)

    async def claim(self, shift_id: int, volunteer_id: int) -> Shift:
        if not await self.repo.claim(shift_id, volunteer_id):
            raise Conflict("shift already taken")
        shift = await self.repo.shift_with_volunteer(shift_id)
        if shift is None:
            raise NotFound(f"shift {shift_id}")
        from spokeshed.workers.actors import push_calendar_event

        push_calendar_event.send(volunteer_id, shift_id, "claimed")
        return shift

    async def release(self, shift_id: int, volunteer_id: int) -> None:
        await self.repo.release(shift_id, volunteer_id)
        from spokeshed.workers.actors import push_calendar_event

        push_calendar_event.send(volunteer_id, shift_id, "released")

    @staticmethod
    def load_bench_layout(text: str) -> dict[str, Any]:
        layout = yaml.safe_load(text) or {}  # SAFE deser
        if not isinstance(layout, dict):
            raise InvalidInput("layout must be a mapping")
        return layout

    @staticmethod
    def parse_term_template(text: str) -> dict[str, Any]:
        """Term templates are YAML exported from the old rota spreadsheet macro."""
        template = yaml.load(text, Loader=yaml.Loader)  # VULN deser
        if not isinstance(template, dict) or "weeks" not in template:
            raise InvalidInput("template needs a 'weeks' key")
        return template

    async def seed_term(self, first_monday: date, template: dict[str, Any]) -> int:
        shifts: list[tuple[date, str, str]] = []
        for week_no in range(int(template["weeks"])):
            monday = first_monday + timedelta(weeks=week_no)
            for session in template.get("sessions", SESSIONS):
                if session not in WEEKDAY_OF_SESSION:
                    raise InvalidInput(f"unknown session {session}")
                day = monday + timedelta(days=WEEKDAY_OF_SESSION[session])
                for bench in template.get("benches", BENCHES):
                    shifts.append((day, session, str(bench)))
        return await self.repo.create_many(shifts)
