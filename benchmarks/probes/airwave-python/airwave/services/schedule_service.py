"""Weekly schedule computation, alternating-week rules and on-air announcements."""
from __future__ import annotations

import ast
import datetime as dt
from typing import Any

from airwave.models import Show
from airwave.repositories.show_repo import ShowRepository
from airwave.services.render_service import jinja_env

DEFAULT_ANNOUNCEMENT = "You're listening to {{ station }}. Up next: {{ title }} with {{ host }}. {{ note }}"

BANK_HOLIDAYS = {(1, 1), (12, 25), (12, 26)}


class RuleError(ValueError):
    pass


def rule_context(day: dt.date) -> dict[str, Any]:
    return {
        "week": day.isocalendar()[1],
        "month": day.month,
        "day": day.day,
        "weekday": day.isoweekday(),
        "is_holiday": (day.month, day.day) in BANK_HOLIDAYS,
    }


class ScheduleService:
    def __init__(self, shows: ShowRepository | None = None):
        self.shows = shows or ShowRepository()

    def airs_on(self, show: Show, day: dt.date) -> bool:
        """Shows may carry a rule such as ``week % 2 == 0`` for fortnightly slots."""
        if show.weekday != day.isoweekday():
            return False
        rule = (show.schedule_rule or "").strip()
        if not rule:
            return True
        return bool(eval(rule, {"__builtins__": {}}, rule_context(day)))  # VULN code

    def week_of(self, start: dt.date) -> list[tuple[dt.date, list[Show]]]:
        days = [start + dt.timedelta(days=i) for i in range(7)]
        shows = list(Show.select().where(Show.active == True))  # noqa: E712
        return [(d, sorted((s for s in shows if self.airs_on(s, d)), key=lambda s: s.start_time)) for d in days]

    @staticmethod
    def parse_skip_weeks(text: str) -> list[int]:
        """Parse the "skip these ISO weeks" field, e.g. ``[1, 52]``."""
        if not text.strip():
            return []
        value = ast.literal_eval(text)  # SAFE code
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, int) for v in value):
            raise RuleError("skip weeks must be a list of week numbers")
        return sorted(set(value))

    def announcement_for(self, show: Show, station: str) -> str:
        template_text = show.announcement_template or DEFAULT_ANNOUNCEMENT
        context = {"station": station, "title": show.title, "host": show.host.display_name, "note": ""}
        return jinja_env().from_string(template_text).render(**context)  # VULN ssti

    def preview_note(self, show: Show, station: str, note: str) -> str:
        context = {"station": station, "title": show.title, "host": show.host.display_name}
        return jinja_env().from_string(DEFAULT_ANNOUNCEMENT).render(note=note, **context)  # SAFE ssti

    def save_announcement(self, show: Show, template_text: str) -> Show:
        return self.shows.update(show, announcement_template=template_text.strip())

    def save_rule(self, show: Show, rule: str) -> Show:
        return self.shows.update(show, schedule_rule=rule.strip())
