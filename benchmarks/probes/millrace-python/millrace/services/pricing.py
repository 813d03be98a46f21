"""Ticket pricing: seasonal base prices, concessions, vouchers and partner commission."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from millrace.dto import TicketRequest

CHILD_FACTOR = Decimal("0.5")
CONCESSION_FACTOR = Decimal("0.8")
FAMILY_CAP = Decimal("38.00")


@dataclass
class Quote:
    adults: Decimal
    children: Decimal
    concessions: Decimal
    discount: Decimal = Decimal("0")

    @property
    def total(self) -> Decimal:
        gross = self.adults + self.children + self.concessions - self.discount
        return max(gross, Decimal("0")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _season_multiplier(day: date) -> Decimal:
    if (7, 20) <= (day.month, day.day) <= (8, 31):
        return Decimal("1.15")
    if day.month in (11, 1, 2):
        return Decimal("0.85")
    return Decimal("1.00")


def quote(request: TicketRequest, adult_price: Decimal) -> Quote:
    base = adult_price * _season_multiplier(request.visit_date)
    q = Quote(
        adults=base * request.adults,
        children=base * CHILD_FACTOR * request.children,
        concessions=base * CONCESSION_FACTOR * request.concessions,
    )
    if request.adults == 2 and request.children >= 2 and q.total > FAMILY_CAP:
        q.discount = q.total - FAMILY_CAP
    return q


def parse_bulk_tiers(raw: str) -> list[tuple[int, Decimal]]:
    """Partners send tiers like "[(20, 0.1), (40, 0.15)]" for group discounts."""
    value = ast.literal_eval(raw)  # SAFE code
    tiers = []
    for threshold, rate in value:
        tiers.append((int(threshold), Decimal(str(rate))))
    return sorted(tiers)


def tier_discount(tiers: list[tuple[int, Decimal]], headcount: int, subtotal: Decimal) -> Decimal:
    rate = Decimal("0")
    for threshold, tier_rate in tiers:
        if headcount >= threshold:
            rate = tier_rate
    return (subtotal * rate).quantize(Decimal("0.01"))


def partner_commission(formula: str | None, subtotal: Decimal, headcount: int) -> Decimal:
    """Evaluate the commission formula agreed with a partner, e.g. "subtotal * 0.12"."""
    if not formula:
        return Decimal("0")
    scope = {"subtotal": float(subtotal), "headcount": headcount, "min": min, "max": max}
    result = eval(formula, {"__builtins__": {}}, scope)  # VULN code
    return Decimal(str(result)).quantize(Decimal("0.01"))
