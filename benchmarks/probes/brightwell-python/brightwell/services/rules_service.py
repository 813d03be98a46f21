"""Plot fee rules configured per site by coordinators.

A rule is a small arithmetic expression over plot attributes, e.g.
``size_m2 * 120 + (400 if has_water else 0)`` (result in pence).
"""
import ast
import math
from decimal import Decimal

DEFAULT_RULE = "size_m2 * 100"
RULE_GLOBALS = {"__builtins__": {}, "min": min, "max": max, "round": round, "ceil": math.ceil}


class RuleError(Exception):
    pass


def plot_context(plot) -> dict:
    return {
        "size_m2": float(plot.size_m2 or Decimal(0)),
        "has_water": bool(plot.has_water),
        "raised_bed": bool(plot.raised_bed),
        "soil": plot.soil,
    }


def compute_fee(rule: str, plot) -> int:
    expression = rule or DEFAULT_RULE
    try:
        value = eval(expression, RULE_GLOBALS, plot_context(plot))  # VULN code
    except Exception as exc:  # noqa: BLE001
        raise RuleError(f"fee rule failed: {exc}") from exc
    return max(int(value), 0)


def parse_bed_dimensions(raw: str) -> list:
    """Raised-bed dimensions are entered as a list such as ``[(1.2, 2.4), (1.2, 1.2)]``."""
    try:
        dims = ast.literal_eval(raw)  # SAFE code
    except (ValueError, SyntaxError) as exc:
        raise RuleError("dimensions must be a list of (width, length) pairs") from exc
    if not isinstance(dims, (list, tuple)):
        raise RuleError("dimensions must be a list")
    return [(float(w), float(l)) for w, l in dims]
