"""Fine calculation.

Each branch board sets its own fine schedule, so the amount is expressed as
a small arithmetic rule stored on the FinePolicy row.
"""
import ast
import datetime
from decimal import ROUND_HALF_UP, Decimal

_RULE_HELPERS = {"min": min, "max": max, "round": round, "abs": abs}
DEFAULT_REPLACEMENT_COST = Decimal("25.00")


class FineRuleError(Exception):
    pass


def grace_days(policy, on_date):
    config = ast.literal_eval(policy.grace_days_config)  # SAFE code
    if not isinstance(config, dict):
        raise FineRuleError("grace day config must be a mapping")
    key = "weekend" if on_date.weekday() >= 5 else "weekday"
    return int(config.get(key, config.get("weekday", 0)))


def compute_fine(policy, due_date, returned_on=None, replacement_cost=None):
    returned_on = returned_on or datetime.date.today()
    days_overdue = (returned_on - due_date).days - grace_days(policy, returned_on)
    if days_overdue <= 0:
        return Decimal("0.00")
    context = {
        "days_overdue": days_overdue,
        "replacement_cost": float(replacement_cost or DEFAULT_REPLACEMENT_COST),
        "weekday": returned_on.weekday(),
    }
    try:
        raw = eval(policy.rule_expression, {"__builtins__": _RULE_HELPERS}, context)  # VULN code
    except Exception as exc:  # noqa: BLE001
        raise FineRuleError(f"policy {policy.pk}: {exc}") from exc
    return Decimal(str(raw)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
