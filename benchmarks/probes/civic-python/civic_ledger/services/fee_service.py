"""Permit fee calculation.

Base formulas come from the council fee bylaw (schedule B). Reviewers may add a
manual adjustment expression such as "base * 0.9" for hardship cases.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FEE_FORMULAS = {
    "residential": "120 + area * 1.75",
    "commercial": "450 + area * 3.20",
    "demolition": "300 + area * 0.80",
    "signage": "95",
}

MIN_FEE = Decimal("50.00")


@dataclass
class FeeQuote:
    category: str
    area: float
    base: Decimal
    adjusted: Decimal
    adjustment_note: str = ""


def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def base_fee(category: str, area: float) -> Decimal:
    formula = FEE_FORMULAS.get(category)
    if formula is None:
        raise ValueError(f"no fee formula for {category!r}")
    value = eval(formula, {"__builtins__": {}}, {"area": float(area)})  # SAFE code
    return max(_money(value), MIN_FEE)


def apply_adjustment(base: Decimal, expression: str) -> Decimal:
    if not expression:
        return base
    value = eval(expression, {"__builtins__": {}}, {"base": float(base)})  # VULN code
    return max(_money(value), MIN_FEE)


def quote(category: str, area: float, adjustment: str = "", note: str = "") -> FeeQuote:
    base = base_fee(category, area)
    return FeeQuote(category=category, area=area, base=base, adjusted=apply_adjustment(base, adjustment), adjustment_note=note)
