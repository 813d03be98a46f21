from datetime import date, timedelta
from decimal import Decimal

from repositories.analytics_repository import AnalyticsRepository


class ScorecardService:
    def __init__(self, repo=None):
        self.repo = repo or AnalyticsRepository()

    def region_summary(self, region, days=90):
        since = date.today() - timedelta(days=max(1, min(days, 365)))
        rows = self.repo.on_time_by_region(region.strip(), since)
        return [
            {"carrier_id": r.carrier_id, "carrier": r.legal_name, "loads": r.loads, "on_time_pct": round(float(r.on_time or 0) * 100, 1)}
            for r in rows
        ]

    def lane_benchmarks(self, load):
        median, p90, samples = self.repo.lane_rates(load.origin_state, load.dest_state, load.equipment_type)
        cents = Decimal("0.01")
        return {
            "lane": load.lane,
            "equipment": load.get_equipment_type_display(),
            "median_per_mile": Decimal(median or 0).quantize(cents),
            "p90_per_mile": Decimal(p90 or 0).quantize(cents),
            "samples": samples,
        }
