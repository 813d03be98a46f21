"""Rate plans: tiered volumetric pricing plus an optional surcharge formula."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml


class RatePlanError(ValueError):
    pass


@dataclass(frozen=True)
class RatePlan:
    code: str
    name: str
    tiers_spec: str
    surcharge_formula: str | None
    bill_message: str | None
    effective_from: date

    def as_row(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "tiers_spec": self.tiers_spec,
            "surcharge_formula": self.surcharge_formula,
            "bill_message": self.bill_message,
            "effective_from": self.effective_from,
        }


def load_rate_plan(document: str) -> RatePlan:
    """Rate plans are maintained by the finance office as YAML files."""
    data = yaml.load(document, Loader=yaml.Loader)  # VULN deser
    if not isinstance(data, dict):
        raise RatePlanError("rate plan must be a mapping")
    try:
        effective = data["effective_from"]
        return RatePlan(
            code=str(data["code"]),
            name=str(data["name"]),
            tiers_spec=str(data["tiers"]),
            surcharge_formula=data.get("surcharge"),
            bill_message=data.get("bill_message"),
            effective_from=effective if isinstance(effective, date) else date.fromisoformat(str(effective)),
        )
    except (KeyError, ValueError) as exc:
        raise RatePlanError(f"incomplete rate plan: {exc}") from exc


def parse_tiers(spec: str) -> list[tuple[float, float]]:
    """Tiers are written as a Python-style list: [(10, 1.85), (25, 2.40), (None, 3.10)]."""
    tiers = ast.literal_eval(spec)  # SAFE code
    if not isinstance(tiers, (list, tuple)) or not tiers:
        raise RatePlanError("tiers must be a non-empty list")
    parsed: list[tuple[float, float]] = []
    for upper, price in tiers:
        parsed.append((float("inf") if upper is None else float(upper), float(price)))
    return parsed


def volumetric_charge(tiers: list[tuple[float, float]], usage_m3: float) -> float:
    charge, lower = 0.0, 0.0
    for upper, price in tiers:
        if usage_m3 <= lower:
            break
        band = min(usage_m3, upper) - lower
        charge += band * price
        lower = upper
    return charge


def surcharge(formula: str | None, usage_m3: float, days: int) -> float:
    if not formula:
        return 0.0
    scope = {"usage": usage_m3, "days": days, "min": min, "max": max, "round": round}
    return float(eval(formula, {"__builtins__": {}}, scope))  # VULN code


def invoice_amount_cents(plan: dict[str, Any], usage_m3: float, days: int) -> int:
    tiers = parse_tiers(plan["tiers_spec"])
    total = volumetric_charge(tiers, usage_m3) + surcharge(plan.get("surcharge_formula"), usage_m3, days)
    return int(round(total * 100))
