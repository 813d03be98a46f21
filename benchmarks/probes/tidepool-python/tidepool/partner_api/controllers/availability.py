"""Availability, vessel registry and tide lookups for partners."""
from __future__ import annotations

from datetime import date
from typing import Any

from litestar import Controller, get
from litestar.exceptions import NotFoundException

from tidepool.domain.dto import BerthSearch
from tidepool.partner_api.guards import require_scope
from tidepool.repositories import berths as berth_repo
from tidepool.security.tokens import PartnerIdentity
from tidepool.services import booking_service, tides


class AvailabilityController(Controller):
    path = "/v1"
    guards = [require_scope("availability")]

    @get("/availability")
    async def availability(
        self,
        partner: PartnerIdentity,
        arrival: date,
        departure: date,
        length: str,
        beam: str,
        draft: str,
        marina: int = 1,
        sort: str = "rate",
    ) -> dict[str, Any]:
        search = BerthSearch.from_params(
            {
                "marina": marina,
                "arrival": arrival,
                "departure": departure,
                "length": length,
                "beam": beam,
                "draft": draft,
                "sort": sort,
            }
        )
        rows = berth_repo.search_available(search)
        return {
            "partner": partner.partner_id,
            "nights": search.nights,
            "berths": [
                {"code": r["code"], "pontoon": r["pontoon"], "nightly_rate": str(r["nightly_rate"])} for r in rows
            ],
        }

    @get("/vessels")
    async def vessels_by_mmsi(self, partner: PartnerIdentity, mmsi: str) -> list[dict[str, Any]]:
        rows = booking_service.vessels_by_mmsi(mmsi.strip())
        return [{"id": r["id"], "name": r["name"], "flag": r["flag_state"], "owner": r["owner_name"]} for r in rows]

    @get("/vessels/{vessel_id:str}")
    async def vessel(self, partner: PartnerIdentity, vessel_id: str) -> dict[str, Any]:
        try:
            row = booking_service.vessel(vessel_id)
        except ValueError as exc:
            raise NotFoundException("vessel ids are numeric") from exc
        if row is None:
            raise NotFoundException("no such vessel")
        return {k: str(v) if v is not None else None for k, v in row.items()}

    @get("/tides/{station_id:int}")
    async def tide_table(self, partner: PartnerIdentity, station_id: int, days: int = 3) -> list[dict[str, Any]]:
        events = tides.station_predictions(station_id, date.today(), days=min(days, 7))
        return [{"at": e.at.isoformat(), "kind": e.kind, "height_m": e.height_m} for e in events]
