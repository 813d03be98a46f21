"""DTOs for meter readings, leak alerts and field-crew work orders."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SERIAL_PATTERN = r"^[A-Z0-9]{6,14}$"


class ReadingIn(BaseModel):
    meter_serial: str = Field(..., pattern=SERIAL_PATTERN)
    read_at: datetime
    register_m3: Decimal = Field(..., ge=0, max_digits=12, decimal_places=3)
    photo_name: str | None = Field(None, max_length=255)


class ReadingBatchIn(BaseModel):
    readings: list[ReadingIn] = Field(..., min_length=1, max_length=500)


class ConsumptionPoint(BaseModel):
    day: datetime
    used_m3: Decimal


class VendorRead(BaseModel):
    meter_serial: str
    read_at: str
    register_m3: str


class LeakReport(BaseModel):
    account_number: str = Field(..., max_length=16)
    title: str = Field(..., min_length=3, max_length=200)
    description: str = Field("", max_length=4000)
    info_url: str | None = Field(None, max_length=500)


class LeakAlertOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_id: int | None = None
    meter_serial: str | None = None
    severity: Literal["info", "minor", "major", "critical"]
    title: str
    description: str | None = None
    info_url: str | None = None
    flow_lph: Decimal | None = None
    status: str
    created_at: datetime | None = None


class WebhookSubscriptionIn(BaseModel):
    target_url: str = Field(..., max_length=500)
    message_template: str | None = Field(None, max_length=1000)
    events: list[Literal["leak.detected", "leak.resolved", "invoice.issued"]] = Field(
        default_factory=lambda: ["leak.detected"]
    )


class WorkOrderIn(BaseModel):
    meter_serial: str = Field(..., pattern=SERIAL_PATTERN)
    kind: Literal["leak", "meter_swap", "shutoff", "reconnect", "inspection"]
    priority: int = Field(3, ge=1, le=5)
    summary: str = Field(..., max_length=300)
    crew_code: str | None = Field(None, max_length=12)


class WorkOrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    priority: int
    status: str
    crew_code: str | None = None
    assigned_employee: str | None = None
    summary: str
    crew_notes: str | None = None
    created_at: datetime | None = None


class CrewNotesIn(BaseModel):
    notes: str = Field(..., max_length=8000)


class GatewayDiagnosticIn(BaseModel):
    host: str = Field(..., max_length=120)
    count: int = Field(2, ge=1, le=5)


class CrewAssignmentIn(BaseModel):
    employee_id: str = Field(..., max_length=20)


class CrewLoginIn(BaseModel):
    badge: str = Field(..., max_length=20)
    pin: str = Field(..., max_length=12)
