"""Small helpers to assemble WHERE fragments for pairing searches."""
from crewline.schemas import PairingSearch


def _eq(column: str, value: str) -> str:
    return f"{column} = '{value}'"


def _gte(column: str, value: object) -> str:
    return f"{column} >= '{value}'"


def where_clause(criteria: PairingSearch) -> str:
    parts = [_eq("home_base", criteria.base)]
    if criteria.aircraft_type:
        parts.append(_eq("aircraft_type", criteria.aircraft_type.upper()))
    if criteria.min_block_hours is not None:
        parts.append(f"block_minutes >= {int(criteria.min_block_hours * 60)}")
    if criteria.report_after is not None:
        parts.append(_gte("report_time", criteria.report_after.isoformat()))
    return " AND ".join(parts)
