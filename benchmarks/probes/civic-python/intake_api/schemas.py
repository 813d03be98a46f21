"""Pydantic models for the online intake service."""
from datetime import date
from enum import Enum
from uuid import UUID

from pydantic import BaseModel, EmailStr, Field


class Category(str, Enum):
    residential = "residential"
    commercial = "commercial"
    demolition = "demolition"
    signage = "signage"


class ApplicationIn(BaseModel):
    applicant_name: str = Field(min_length=2, max_length=120)
    applicant_email: EmailStr
    site_address: str = Field(min_length=5, max_length=255)
    district: int = Field(ge=1, le=40)
    category: Category
    floor_area_sqm: float = Field(gt=0, lt=100_000)
    planned_start: date | None = None
    description: str = Field(default="", max_length=4000)


class ApplicationOut(BaseModel):
    id: int
    reference: str
    status: str


class ApplicationSummary(BaseModel):
    id: int
    reference: str
    applicant_name: str
    site_address: str
    status: str
    district: int


class PartnerStatusUpdate(BaseModel):
    reference: str
    status: str
    correlation_id: UUID
    comment: str = ""
