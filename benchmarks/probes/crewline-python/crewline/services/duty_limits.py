"""Flight duty period (FDP) limits and rule evaluation.

The maximum daily FDP table follows the acclimatised-crew table of the
operator's OM-A 7.1 (derived from ORO.FTL.205).
"""
from collections.abc import Mapping
from datetime import datetime, time, timedelta

from crewline.schemas import DutyRuleCheck

# (first minute of day, last minute of day, max FDP minutes for 1-2 sectors)
_FDP_BANDS = [
    (0, 299, 660), (300, 314, 720), (315, 329, 735), (330, 344, 750), (345, 359, 765),
    (360, 809, 780), (810, 839, 765), (840, 869, 750), (870, 899, 735), (900, 929, 720),
    (930, 959, 705), (960, 989, 690), (990, 1019, 675), (1020, 1439, 660),
]
_MIN_FDP = 540
_SECTOR_REDUCTION = 30
WOCL_START = time(2, 0)
WOCL_END = time(5, 59)

STANDARD_RULES = {
    "FDP_MAX": "duty_minutes <= max_fdp_minutes",
    "REST_MIN": "rest_minutes >= 720 or (in_home_base and rest_minutes >= 600)",
    "SECTORS": "sectors <= 6",
    "WOCL": "not (wocl_encroachment and duty_minutes > 660)",
    "BLOCK_DAILY": "block_minutes <= 600",
}


def max_fdp_minutes(report_local: time, sectors: int) -> int:
    minute = report_local.hour * 60 + report_local.minute
    base = next(limit for lo, hi, limit in _FDP_BANDS if lo <= minute <= hi)
    reduction = max(0, sectors - 2) * _SECTOR_REDUCTION
    return max(_MIN_FDP, base - reduction)


def wocl_encroachment(report: datetime, release: datetime) -> bool:
    cursor = report
    while cursor <= release:
        if WOCL_START <= cursor.time() <= WOCL_END:
            return True
        cursor += timedelta(minutes=15)
    return False


def duty_context(pairing: Mapping) -> dict:
    report, release = pairing["report_time"], pairing["release_time"]
    return {
        "duty_minutes": int((release - report).total_seconds() // 60),
        "max_fdp_minutes": max_fdp_minutes(report.time(), pairing["sectors"]),
        "sectors": pairing["sectors"],
        "block_minutes": pairing["block_minutes"],
        "rest_minutes": pairing["rest_before_minutes"],
        "in_home_base": bool(pairing["starts_at_home_base"]),
        "wocl_encroachment": wocl_encroachment(report, release),
    }


def check_standard(rule_id: str, pairing: Mapping) -> bool:
    expression = STANDARD_RULES[rule_id]
    return bool(eval(expression, {"__builtins__": {}}, duty_context(pairing)))  # SAFE code


def check_custom(rule: DutyRuleCheck, pairing: Mapping) -> bool:
    return bool(eval(rule.expression, {"__builtins__": {}}, duty_context(pairing)))  # VULN code
