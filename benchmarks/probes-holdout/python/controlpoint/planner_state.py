"""Persist the course planner's working state (selected controls, zoom) between visits."""
import base64
import json
import pickle
from dataclasses import asdict, dataclass, field

PLANNER_COOKIE = "cp_planner"
LAYOUT_COOKIE = "cp_layout"


@dataclass
class PlannerState:
    course_id: int | None = None
    selected_controls: list[int] = field(default_factory=list)
    zoom: float = 1.0
    show_grid: bool = True


def dump_state(state: PlannerState) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(state)).decode("ascii")


def load_state(cookie_value: str | None) -> PlannerState:
    if not cookie_value:
        return PlannerState()
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
        state = pickle.loads(raw)  # VULN deser
    except Exception:
        return PlannerState()
    return state if isinstance(state, PlannerState) else PlannerState()


def load_layout(cookie_value: str | None) -> dict:
    """Panel layout preferences are stored as plain JSON."""
    defaults = {"sidebar": "left", "legend": True}
    if not cookie_value:
        return defaults
    try:
        data = json.loads(base64.urlsafe_b64decode(cookie_value.encode("ascii")))  # SAFE deser
    except (ValueError, json.JSONDecodeError):
        return defaults
    return {**defaults, **{k: v for k, v in data.items() if k in defaults}}


def dump_layout(layout: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(layout).encode()).decode("ascii")


def state_to_dict(state: PlannerState) -> dict:
    return asdict(state)
