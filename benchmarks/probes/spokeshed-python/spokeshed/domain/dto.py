"""Plain data carriers passed between the web layers, services and repositories."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from spokeshed.domain.errors import InvalidInput

REPAIR_KINDS = ("puncture", "brakes", "gears", "wheel_true", "full_service", "diy_stand")


@dataclass
class BookingRequest:
    customer_name: str
    email: str
    phone: str
    bike_description: str
    repair_kind: str
    slot_start: datetime
    notes: str = ""
    member_number: str | None = None

    @classmethod
    def from_media(cls, media: dict[str, Any]) -> "BookingRequest":
        try:
            kind = str(media["repair_kind"])
            if kind not in REPAIR_KINDS:
                raise InvalidInput(f"unknown repair kind {kind!r}")
            return cls(
                customer_name=str(media["customer_name"]).strip(),
                email=str(media["email"]).strip(),
                phone=str(media.get("phone", "")).strip(),
                bike_description=str(media.get("bike_description", "")).strip(),
                repair_kind=kind,
                slot_start=datetime.fromisoformat(str(media["slot_start"])),
                notes=str(media.get("notes", "")),
                member_number=media.get("member_number"),
            )
        except (KeyError, ValueError) as exc:
            raise InvalidInput(str(exc)) from exc


@dataclass
class Booking:
    id: int
    customer_name: str
    email: str
    bike_description: str
    repair_kind: str
    slot_start: datetime
    status: str
    notes: str
    collection_code: str | None = None
    quote: Decimal | None = None
    photo_filename: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["slot_start"] = self.slot_start.isoformat()
        data["quote"] = str(self.quote) if self.quote is not None else None
        return data


@dataclass
class BookingSearch:
    text: str = ""
    status: str | None = None
    day: date | None = None
    sort: str = "slot_start"
    limit: int = 50


@dataclass
class Part:
    sku: str
    name: str
    category: str
    bin_location: str
    qty_on_hand: int
    unit_cost: Decimal
    sale_price: Decimal
    supplier_code: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["unit_cost"] = str(self.unit_cost)
        data["sale_price"] = str(self.sale_price)
        return data


@dataclass
class StockMovement:
    sku: str
    delta: int
    reason: str
    booking_id: int | None = None
    volunteer_id: int | None = None


@dataclass
class LabelJob:
    sku: str
    title: str
    copies: int = 1
    printer: str | None = None


@dataclass
class Volunteer:
    id: int
    display_name: str
    email: str
    skills: list[str] = field(default_factory=list)
    website: str | None = None
    calendar_webhook: str | None = None
    is_coordinator: bool = False


@dataclass
class VolunteerSignup:
    display_name: str
    email: str
    pin: str
    skills: list[str] = field(default_factory=list)
    website: str | None = None


@dataclass
class Shift:
    id: int
    day: date
    session: str
    bench: str
    volunteer_id: int | None
    volunteer_name: str | None = None


@dataclass
class ShiftClaim:
    shift_id: int
    volunteer_id: int
    note: str = ""


@dataclass
class SupplierFeed:
    supplier_code: str
    name: str
    feed_url: str
    format: str = "xml"


@dataclass
class ReportRequest:
    period: str
    kind: str = "monthly"
    requested_by: str = ""
