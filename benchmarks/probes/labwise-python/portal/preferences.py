"""Per-browser display preferences for the physician portal (kept client side)."""
import base64
import binascii
import logging
import pickle
from dataclasses import asdict, dataclass, field

logger = logging.getLogger(__name__)

COOKIE_NAME = "lw_portal_prefs"
COOKIE_MAX_AGE = 365 * 24 * 3600


@dataclass
class PortalPreferences:
    page_size: int = 25
    show_normal_results: bool = True
    default_sort: str = "-created_at"
    pinned_panels: list = field(default_factory=list)
    units: str = "conventional"

    @classmethod
    def from_cookie(cls, raw: str | None) -> "PortalPreferences":
        if not raw:
            return cls()
        try:
            data = pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))  # VULN deser
        except (binascii.Error, pickle.UnpicklingError, EOFError, ValueError) as exc:
            logger.info("ignoring unreadable preference cookie: %s", exc)
            return cls()
        if isinstance(data, dict):
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            return cls(**known)
        return cls()

    def to_cookie(self) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(asdict(self))).decode("ascii")

    def update(self, **changes) -> "PortalPreferences":
        for key, value in changes.items():
            if key in self.__dataclass_fields__:
                setattr(self, key, value)
        if self.page_size not in (10, 25, 50, 100):
            self.page_size = 25
        if self.units not in ("conventional", "si"):
            self.units = "conventional"
        return self
