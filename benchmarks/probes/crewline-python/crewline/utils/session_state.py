"""Roster board display preferences kept in a cookie between visits."""
import base64
import pickle
from dataclasses import dataclass, field


@dataclass
class RosterPrefs:
    sort: str = "seniority"
    show_reserve: bool = True
    highlight_ranks: list[str] = field(default_factory=list)
    columns: tuple[str, ...] = ("name", "rank", "status")


def load_prefs(raw: str | None) -> RosterPrefs:
    if not raw:
        return RosterPrefs()
    try:
        prefs = pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))  # VULN deser
    except Exception:
        return RosterPrefs()
    return prefs if isinstance(prefs, RosterPrefs) else RosterPrefs()


def dump_prefs(prefs: RosterPrefs) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")
