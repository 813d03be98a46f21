"""DTOs for billing exports, rate plans and payments."""
from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import BaseModel, Field


class BillingExportRequest(BaseModel):
    district: str = Field(..., min_length=1, max_length=64)
    period: date
    archive_name: str = Field("invoices.csv.gz", max_length=120)
    callback_url: str | None = Field(None, max_length=500)


class BillingExportOut(BaseModel):
    id: UUID
    status: str
    file_name: str | None = None


class RatePlanIn(BaseModel):
    code: str = Field(..., pattern=r"^[A-Z0-9_]{2,20}$")
    name: str = Field(..., max_length=120)
    tiers_spec: str = Field(..., max_length=2000)
    surcharge_formula: str | None = Field(None, max_length=500)
    bill_message: str | None = Field(None, max_length=2000)
    effective_from: date


class BillPreviewIn(BaseModel):
    plan_code: str = Field(..., pattern=r"^[A-Z0-9_]{2,20}$")
    account_number: str = Field(..., max_length=16)
    usage_m3: float = Field(..., ge=0)
    days: int = Field(30, ge=1, le=120)


class BillPreviewOut(BaseModel):
    amount_cents: int
    message: str
