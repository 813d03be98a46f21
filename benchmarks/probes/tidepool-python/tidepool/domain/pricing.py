"""Berth pricing: nightly rate, seasonal multipliers and staff-defined surcharge rules."""
from __future__ import annotations

import ast
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Iterable

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
TOURIST_TAX_PER_PERSON_NIGHT = Decimal("1.20")


@dataclass
class SurchargeRule:
    id: int
    label: str
    expression: str
    amount: Decimal
    per_night: bool = True


@dataclass
class Quote:
    nights: int
    base: Decimal
    seasonal: Decimal
    surcharges: list[tuple[str, Decimal]]
    tourist_tax: Decimal

    @property
    def total(self) -> Decimal:
        extra = sum((amount for _, amount in self.surcharges), Decimal("0"))
        return (self.base + self.seasonal + extra + self.tourist_tax).quantize(CENT, ROUND_HALF_UP)

    def as_lines(self) -> list[dict[str, str]]:
        lines = [{"label": f"Berth, {self.nights} night(s)", "amount": str(self.base)}]
        if self.seasonal:
            lines.append({"label": "Seasonal adjustment", "amount": str(self.seasonal)})
        for label, amount in self.surcharges:
            lines.append({"label": label, "amount": str(amount)})
        lines.append({"label": "Tourist tax", "amount": str(self.tourist_tax)})
        lines.append({"label": "Total", "amount": str(self.total)})
        return lines


def parse_season_multipliers(raw: str) -> dict[int, Decimal]:
    """Marina settings store multipliers as a literal like ``{6: 1.25, 7: 1.4, 8: 1.4}``."""
    parsed = ast.literal_eval(raw)  # SAFE code
    if not isinstance(parsed, dict):
        raise ValueError("season multipliers must be a mapping of month -> factor")
    return {int(month): Decimal(str(factor)) for month, factor in parsed.items()}


def _nights(arrival: date, departure: date) -> Iterable[date]:
    day = arrival
    while day < departure:
        yield day
        day += timedelta(days=1)


def _rule_applies(rule: SurchargeRule, context: dict[str, Any]) -> bool:
    try:
        return bool(eval(rule.expression, {"__builtins__": {}}, context))  # VULN code
    except Exception:
        log.warning("surcharge rule %s failed to evaluate", rule.id, exc_info=True)
        return False


def build_quote(
    nightly_rate: Decimal,
    arrival: date,
    departure: date,
    vessel: dict[str, Any],
    rules: Iterable[SurchargeRule],
    multipliers: dict[int, Decimal] | None = None,
    guests: int = 2,
) -> Quote:
    multipliers = multipliers or {}
    nights = list(_nights(arrival, departure))
    base = (nightly_rate * len(nights)).quantize(CENT)
    seasonal = Decimal("0")
    for night in nights:
        factor = multipliers.get(night.month, Decimal("1"))
        seasonal += nightly_rate * (factor - 1)
    seasonal = seasonal.quantize(CENT, ROUND_HALF_UP)

    context = {
        "length": float(vessel.get("length_m", 0)),
        "beam": float(vessel.get("beam_m", 0)),
        "draft": float(vessel.get("draft_m", 0)),
        "nights": len(nights),
        "month": arrival.month,
        "weekend": any(n.weekday() >= 5 for n in nights),
    }
    surcharges: list[tuple[str, Decimal]] = []
    for rule in rules:
        if _rule_applies(rule, context):
            amount = rule.amount * len(nights) if rule.per_night else rule.amount
            surcharges.append((rule.label, amount.quantize(CENT)))

    tax = (TOURIST_TAX_PER_PERSON_NIGHT * guests * len(nights)).quantize(CENT)
    return Quote(nights=len(nights), base=base, seasonal=seasonal, surcharges=surcharges, tourist_tax=tax)
