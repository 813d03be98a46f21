"""Turbine registry use cases."""
from datetime import date, timedelta
from typing import Mapping

from sqlalchemy.orm import Session

from turbinary.domain import TURBINE_SORT_COLUMNS, ControllerModel
from turbinary.models import Turbine
from turbinary.repositories.turbine_repo import TurbineQuery, TurbineRepository


def list_turbines(session: Session, params: Mapping[str, str]) -> list[Turbine]:
    query = TurbineQuery(
        site=params.get("site") or None,
        sort_column=TURBINE_SORT_COLUMNS.get(params.get("sort", "serial"), "serial"),
        descending=params.get("order", "asc").lower() == "desc",
        limit=min(int(params.get("limit", 50)), 200),
    )
    return TurbineRepository(session).list(query)


def site_availability(session: Session, site: str, days: int = 30) -> dict:
    end = date.today()
    start = end - timedelta(days=days)
    rows = TurbineRepository(session).availability(site, start, end)
    fleet_total = sum(r["total"] for r in rows) or 1
    for r in rows:
        r["availability_pct"] = round(100.0 * r["up"] / r["total"], 2) if r["total"] else None
    fleet_pct = round(100.0 * sum(r["up"] for r in rows) / fleet_total, 2)
    return {"site": site, "from": start.isoformat(), "to": end.isoformat(), "turbines": rows, "fleet_pct": fleet_pct}


def register_turbine(session: Session, payload: dict) -> Turbine:
    controller = ControllerModel(payload["controller_model"])  # raises ValueError for unknown models
    turbine = Turbine(
        serial=str(payload["serial"]).strip().upper(),
        site=str(payload["site"]).upper(),
        model=str(payload.get("model", "")),
        controller_model=controller.value,
        rated_kw=int(payload["rated_kw"]),
        rotor_diameter_m=float(payload["rotor_diameter_m"]),
        commissioned_on=date.fromisoformat(payload["commissioned_on"]),
    )
    session.add(turbine)
    session.flush()
    return turbine
