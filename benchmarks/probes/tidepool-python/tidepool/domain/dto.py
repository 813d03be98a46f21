"""Data transfer objects shared by the three HTTP surfaces and the workers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


class ValidationError(ValueError):
    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name
        self.message = message


def _parse_date(value: Any, field_name: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(field_name, "expected YYYY-MM-DD") from exc


def _parse_decimal(value: Any, field_name: str) -> Decimal:
    try:
        result = Decimal(str(value))
    except Exception as exc:  # decimal.InvalidOperation
        raise ValidationError(field_name, "expected a number") from exc
    if result <= 0:
        raise ValidationError(field_name, "must be positive")
    return result


@dataclass
class BerthSearch:
    marina_id: int
    arrival: date
    departure: date
    length_m: Decimal
    beam_m: Decimal
    draft_m: Decimal
    shore_power: bool = False
    sort: str = "rate"
    page: int = 1

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> "BerthSearch":
        arrival = _parse_date(params.get("arrival"), "arrival")
        departure = _parse_date(params.get("departure"), "departure")
        if departure <= arrival:
            raise ValidationError("departure", "must be after arrival")
        return cls(
            marina_id=int(params.get("marina", 1)),
            arrival=arrival,
            departure=departure,
            length_m=_parse_decimal(params.get("length", "0"), "length"),
            beam_m=_parse_decimal(params.get("beam", "0"), "beam"),
            draft_m=_parse_decimal(params.get("draft", "0"), "draft"),
            shore_power=str(params.get("shore_power", "")).lower() in {"1", "true", "yes"},
            sort=str(params.get("sort") or "rate"),
            page=max(1, int(params.get("page", 1))),
        )

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


@dataclass
class VesselInfo:
    name: str
    mmsi: str | None
    flag_state: str | None
    length_m: Decimal
    beam_m: Decimal
    draft_m: Decimal

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "VesselInfo":
        name = str(payload.get("name", "")).strip()
        if not name:
            raise ValidationError("vessel.name", "required")
        return cls(
            name=name[:120],
            mmsi=(str(payload["mmsi"]).strip() if payload.get("mmsi") else None),
            flag_state=(str(payload.get("flag_state") or "")[:2].upper() or None),
            length_m=_parse_decimal(payload.get("length_m"), "vessel.length_m"),
            beam_m=_parse_decimal(payload.get("beam_m"), "vessel.beam_m"),
            draft_m=_parse_decimal(payload.get("draft_m"), "vessel.draft_m"),
        )


@dataclass
class BookingRequest:
    berth_code: str
    arrival: date
    departure: date
    vessel: VesselInfo
    contact_email: str
    notes: str = ""
    partner_id: int | None = None
    partner_reference: str | None = None

    @classmethod
    def from_payload(cls, payload: dict[str, Any], partner_id: int | None = None) -> "BookingRequest":
        arrival = _parse_date(payload.get("arrival"), "arrival")
        departure = _parse_date(payload.get("departure"), "departure")
        if departure <= arrival:
            raise ValidationError("departure", "must be after arrival")
        email = str(payload.get("contact_email", "")).strip()
        if "@" not in email:
            raise ValidationError("contact_email", "invalid address")
        return cls(
            berth_code=str(payload.get("berth_code", "")).strip().upper(),
            arrival=arrival,
            departure=departure,
            vessel=VesselInfo.from_payload(payload.get("vessel") or {}),
            contact_email=email,
            notes=str(payload.get("notes") or "")[:2000],
            partner_id=partner_id,
            partner_reference=payload.get("partner_reference"),
        )


@dataclass
class Booking:
    id: int
    reference: str
    berth_code: str
    vessel_name: str
    arrival: date
    departure: date
    status: str
    notes: str | None = None
    total: Decimal | None = None
    partner_id: int | None = None
    contact_email: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["arrival"] = self.arrival.isoformat()
        data["departure"] = self.departure.isoformat()
        data["total"] = str(self.total) if self.total is not None else None
        return data


@dataclass
class WebhookSubscription:
    id: int
    partner_id: int
    event: str
    target_url: str
    secret: str
    active: bool = True


@dataclass
class ExportRequest:
    id: int
    partner_id: int | None
    filename: str
    period_start: date
    period_end: date
    status: str = "queued"
    requested_at: datetime | None = None


@dataclass
class SavedReport:
    id: int
    title: str
    group_by: str
    period_start: date
    period_end: date
    owner: str
    filters: dict[str, Any] = field(default_factory=dict)


@dataclass
class StaffUser:
    username: str
    display_name: str
    email: str
    roles: list[str] = field(default_factory=list)

    def has_role(self, role: str) -> bool:
        return role in self.roles or "harbour_master" in self.roles


@dataclass
class Partner:
    id: int
    name: str
    website: str | None
    return_url: str | None
    confirmation_template: str | None
    public_key_pem: str | None
    active: bool = True
