"""Management reports backed by the analytics warehouse."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from pawchart.models.schemas import ReportKind
from pawchart.repositories.analytics_repo import AnalyticsRepository
from pawchart.services.filter_cache import SignedCache

GRANULARITIES = {"day", "week", "month", "quarter", "year"}
GROUP_COLUMN = re.compile(r"[a-z_]+")


class AnalyticsService:
    def __init__(self, repo: AnalyticsRepository, cache: SignedCache) -> None:
        self.repo = repo
        self.cache = cache

    async def revenue(self, clinic_id: int, granularity: str, group_by: str, since: date | None) -> list[dict[str, Any]]:
        granularity = granularity.lower()
        if granularity not in GRANULARITIES:
            raise ValueError(f"granularity must be one of {sorted(GRANULARITIES)}")
        if not GROUP_COLUMN.match(group_by):
            raise ValueError("invalid group_by column")
        since = since or date.today() - timedelta(days=365)
        cache_key = f"revenue:{clinic_id}:{granularity}:{group_by}:{since.isoformat()}"
        cached = self.cache.get(cache_key)
        if cached is not None:
            return cached
        rows = [dict(r) for r in await self.repo.revenue(clinic_id, granularity, group_by, since)]
        self.cache.set(cache_key, rows)
        return rows

    async def visits(self, clinic_id: int, since: date) -> list[dict[str, Any]]:
        return [dict(r) for r in await self.repo.visits_since(clinic_id, since)]

    async def summary(self, clinic_id: int, kind: ReportKind) -> dict[str, Any]:
        row = await self.repo.summary(clinic_id, kind)
        return dict(row) if row is not None else {}
