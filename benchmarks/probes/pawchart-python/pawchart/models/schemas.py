"""Pydantic request/response models (DTOs) for the public API."""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

Species = Literal["canine", "feline", "equine", "avian", "rabbit", "reptile", "rodent", "other"]
ACCESSION_PATTERN = r"^[A-Z]{2,4}-\d{6,10}$"


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- auth -----------------------------------------------------------------

class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class StaffDirectoryEntry(BaseModel):
    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None


class InviteCreate(BaseModel):
    email: EmailStr
    role: Literal["staff", "vet", "nurse", "reception", "admin"] = "staff"


class InviteResponse(BaseModel):
    email: str
    code: str
    expires_at: datetime


# --- pets -----------------------------------------------------------------

class PetCreate(BaseModel):
    owner_id: int = Field(ge=1)
    name: str = Field(min_length=1, max_length=100)
    species: Species
    breed: str | None = Field(default=None, max_length=100)
    sex: Literal["male", "female", "male_neutered", "female_spayed", "unknown"] = "unknown"
    date_of_birth: date | None = None
    weight_kg: Decimal | None = Field(default=None, gt=0, le=1500)
    microchip: str | None = Field(default=None, pattern=r"^\d{15}$")


class PetOut(ORMModel):
    id: int
    owner_id: int
    name: str
    species: str
    breed: str | None
    sex: str | None
    date_of_birth: date | None
    weight_kg: Decimal | None
    microchip: str | None


class PetSearchResult(BaseModel):
    items: list[PetOut]
    total: int
    page: int
    page_size: int


class AttachmentOut(ORMModel):
    id: int
    pet_id: int
    original_name: str
    content_type: str
    size_bytes: int
    uploaded_at: datetime | None = None


class ImageOut(BaseModel):
    name: str
    thumbnail: str | None = None


# --- appointments -----------------------------------------------------------

class AppointmentCreate(BaseModel):
    pet_id: int = Field(ge=1)
    vet_id: int = Field(ge=1)
    starts_at: datetime
    duration_min: int = Field(default=15, ge=5, le=480)
    reason: str = Field(min_length=1, max_length=500)
    room: str | None = Field(default=None, max_length=32)


class AppointmentOut(ORMModel):
    id: int
    pet_id: int
    vet_id: int
    starts_at: datetime
    duration_min: int
    reason: str
    room: str | None
    status: str


class AppointmentStatusUpdate(BaseModel):
    status: Literal["booked", "checked_in", "completed", "cancelled", "no_show"]


# --- prescriptions ----------------------------------------------------------

class PrescriptionCreate(BaseModel):
    pet_id: int = Field(ge=1)
    drug_name: str = Field(min_length=1, max_length=200)
    strength: str | None = Field(default=None, max_length=64)
    dose_mg: Decimal | None = Field(default=None, gt=0)
    dose_formula: str | None = Field(default=None, max_length=200)
    frequency: str = Field(max_length=64)
    quantity: int = Field(ge=1, le=1000)
    instructions: str | None = Field(default=None, max_length=2000)


class PrescriptionOut(ORMModel):
    id: int
    pet_id: int
    vet_id: int
    drug_name: str
    strength: str | None
    dose_mg: Decimal
    frequency: str
    quantity: int
    instructions: str | None
    issued_at: datetime | None = None
    dispensed: bool


class DosePreviewRequest(BaseModel):
    formula: str = Field(min_length=1, max_length=500)
    weight_kg: float = Field(gt=0, le=1500)
    age_years: float = Field(default=1.0, ge=0, le=80)
    species: Species = "canine"


class DosePreviewResponse(BaseModel):
    formula: str
    dose_mg: float


# --- invoices ----------------------------------------------------------------

class InvoiceLineIn(BaseModel):
    description: str = Field(min_length=1, max_length=300)
    quantity: Decimal = Field(gt=0)
    unit_price: Decimal = Field(ge=0)


class InvoiceCreate(BaseModel):
    owner_id: int = Field(ge=1)
    reference: str | None = Field(default=None, max_length=64)
    due_in_days: int = Field(default=30, ge=0, le=120)
    notes: str | None = Field(default=None, max_length=2000)
    lines: list[InvoiceLineIn] = Field(min_length=1)


class InvoiceLineOut(ORMModel):
    id: int
    description: str
    quantity: Decimal
    unit_price: Decimal


class InvoiceOut(ORMModel):
    id: int
    number: str
    reference: str | None
    owner_id: int
    issued_on: date
    due_on: date
    status: str
    total: Decimal
    notes: str | None
    lines: list[InvoiceLineOut] = []


class InvoiceSummary(BaseModel):
    id: int
    number: str
    reference: str | None
    total: Decimal
    status: str


# --- labs --------------------------------------------------------------------

class LabAnalyte(BaseModel):
    code: str
    name: str | None = None
    value: str
    unit: str | None = None
    flag: str | None = None


class LabResultOut(BaseModel):
    id: str
    accession_no: str
    pet_id: int | None = None
    panel_code: str | None = None
    collected_at: datetime | None = None
    analytes: list[LabAnalyte] = []


class ArchiveAccepted(BaseModel):
    job_id: str
    status: str = "queued"


# --- reports -----------------------------------------------------------------

class ReportKind(str, enum.Enum):
    CASELOAD = "caseload"
    PHARMACY = "pharmacy"
    DEBTORS = "debtors"
    VACCINATIONS = "vaccinations"

    @property
    def view_name(self) -> str:
        return {
            ReportKind.CASELOAD: "rpt_caseload_summary",
            ReportKind.PHARMACY: "rpt_pharmacy_summary",
            ReportKind.DEBTORS: "rpt_debtor_summary",
            ReportKind.VACCINATIONS: "rpt_vaccination_summary",
        }[self]


class SavedReportFilters(BaseModel):
    granularity: str = "month"
    group_by: str = "service_line"
    since: date | None = None


class RevenueRow(BaseModel):
    period: datetime
    bucket: Any
    revenue: Decimal
    invoices: int


# --- integrations ------------------------------------------------------------

class WebhookCreate(BaseModel):
    event: Literal["appointment.booked", "lab.result_ready", "invoice.issued"]
    target_url: str = Field(max_length=2048)

    @field_validator("target_url")
    @classmethod
    def _https_only(cls, value: str) -> str:
        if not value.lower().startswith("https://"):
            raise ValueError("webhook targets must use https")
        return value


class WebhookOut(ORMModel):
    id: int
    event: str
    target_url: str
    active: bool


class LicenseCheck(BaseModel):
    license_no: str = Field(pattern=r"^[A-Z]{2}-\d{6}$")
