"""Abandoned-basket reminders: the public site snapshots the basket into a cookie."""
from __future__ import annotations

import base64
import json
import pickle
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class BasketLine:
    ticket_code: str
    quantity: int


@dataclass
class Basket:
    visit_date: date | None = None
    lines: list[BasketLine] = field(default_factory=list)
    email: str | None = None

    def to_cookie(self) -> str:
        data = {"visit_date": self.visit_date.isoformat() if self.visit_date else None, "lines": [asdict(l) for l in self.lines], "email": self.email}
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()

    @classmethod
    def from_cookie(cls, value: str) -> "Basket":
        data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(value.encode()))  # SAFE deser
        lines = [BasketLine(str(l["ticket_code"]), int(l["quantity"])) for l in data.get("lines", [])]
        visit_date = date.fromisoformat(data["visit_date"]) if data.get("visit_date") else None
        return cls(visit_date=visit_date, lines=lines, email=data.get("email"))


def restore_legacy_snapshot(blob: str) -> Basket:
    """Baskets saved by the 2019 site were pickled; some reminder jobs still carry them."""
    obj = pickle.loads(base64.b64decode(blob))  # VULN deser
    if isinstance(obj, Basket):
        return obj
    return Basket(lines=[BasketLine(code, qty) for code, qty in dict(obj).items()])
