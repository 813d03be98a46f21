"""DTOs for customer accounts and the self-service portal."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ACCOUNT_NUMBER_PATTERN = r"^\d{4}-\d{6}$"


class AccountSearch(BaseModel):
    q: str = Field("", max_length=100)
    sort: str = "name"
    direction: Literal["asc", "desc"] = "asc"
    limit: int = Field(50, ge=1, le=200)


class AccountSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_number: str
    holder_name: str
    district_code: str | None = None
    balance_cents: int = 0


class AccountDetail(AccountSummary):
    email: str | None = None
    service_address: str | None = None
    service_notes: str | None = None


class ServiceNotesUpdate(BaseModel):
    notes: str = Field(..., max_length=4000)
    return_to: str | None = None


class PortalRegistration(BaseModel):
    account_number: str = Field(..., pattern=ACCOUNT_NUMBER_PATTERN)
    email: str = Field(..., max_length=320)
    password: str = Field(..., min_length=10, max_length=128)


class PasswordResetRequest(BaseModel):
    email: str = Field(..., max_length=320)


class PasswordResetConfirm(BaseModel):
    email: str = Field(..., max_length=320)
    code: str = Field(..., min_length=6, max_length=12)
    new_password: str = Field(..., min_length=10, max_length=128)


class DashboardPrefs(BaseModel):
    widgets: list[str] = Field(default_factory=lambda: ["usage", "alerts", "invoices"])
    units: Literal["m3", "gal"] = "m3"
    compare_neighbourhood: bool = False
    days: int = Field(30, ge=7, le=365)
