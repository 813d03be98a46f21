"""Persistent entities."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class TicketType(SQLModel, table=True):
    __tablename__ = "ticket_type"

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True)
    label: str
    base_price: Decimal = Field(max_digits=8, decimal_places=2)
    price_rule: Optional[str] = None
    active: bool = True


class Visitor(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True)
    full_name: str
    password_hash: str
    postcode: Optional[str] = None
    created_at: datetime = Field(default_factory=datetime.utcnow)


class TicketOrder(SQLModel, table=True):
    __tablename__ = "ticket_order"

    id: Optional[int] = Field(default=None, primary_key=True)
    reference: str = Field(index=True, unique=True)
    visitor_id: Optional[int] = Field(default=None, foreign_key="visitor.id")
    visit_date: date
    adults: int = 0
    children: int = 0
    concessions: int = 0
    total: Decimal = Field(default=Decimal("0.00"), max_digits=10, decimal_places=2)
    voucher_code: Optional[str] = None
    status: str = "pending"
    created_at: datetime = Field(default_factory=datetime.utcnow)


class School(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    urn: str = Field(index=True, unique=True)
    name: str
    local_authority: str
    contact_email: Optional[str] = None
    website: Optional[str] = None


class SchoolVisit(SQLModel, table=True):
    __tablename__ = "school_visit"

    id: Optional[int] = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id")
    visit_date: date
    year_group: str
    pupils: int
    adults: int
    workshop: str
    teacher_name: str
    teacher_email: str
    access_notes: Optional[str] = None
    status: str = "requested"
    manage_token: str = Field(index=True)


class Partner(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    name: str
    callback_url: Optional[str] = None
    logo_url: Optional[str] = None
    return_url: Optional[str] = None
    email_template: Optional[str] = None
    commission_formula: Optional[str] = None
    api_client_id: str


class SavedReport(SQLModel, table=True):
    __tablename__ = "saved_report"

    id: Optional[int] = Field(default=None, primary_key=True)
    owner: str
    title: str
    group_by: str
    date_from: date
    date_to: date
    extra_filter: Optional[str] = None
