"""Pydantic request/response models shared by the routers."""
import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, Field

BASE_CODE = re.compile(r"[A-Z]{3}")


class Rank(str, Enum):
    CAPTAIN = "CPT"
    FIRST_OFFICER = "FO"
    SECOND_OFFICER = "SO"
    PURSER = "PUR"
    CABIN_CREW = "CC"


class CrewMember(BaseModel):
    id: int
    employee_no: str
    first_name: str
    last_name: str
    rank: Rank
    home_base: str
    seniority_no: int
    status: str
    rank_badge: str = ""


class RankChange(BaseModel):
    rank: Rank
    effective: date


class PairingSearch(BaseModel):
    base: str = Field(pattern=r"^[A-Z]{3}$")
    aircraft_type: str | None = None
    min_block_hours: float | None = Field(default=None, ge=0, le=40)
    report_after: datetime | None = None


class NoteIn(BaseModel):
    body: str = Field(min_length=1, max_length=4000)
    status: str = Field(default="OPEN", max_length=16)


class FeedImport(BaseModel):
    carrier: str = Field(min_length=2, max_length=3)
    url: str
    season: str | None = None


class NotamQuery(BaseModel):
    source_url: str
    stations: list[str] = Field(min_length=1, max_length=20)


class DutyRuleCheck(BaseModel):
    expression: str = Field(max_length=500)
    description: str | None = None


class ActivityFilter(BaseModel):
    criteria: dict[str, Any] = Field(default_factory=dict)
    limit: int = Field(default=50, ge=1, le=500)


class CustomReport(BaseModel):
    name: str = Field(max_length=120)
    template: str
    base: str


class Principal(BaseModel):
    crew_id: int
    roles: list[str] = Field(default_factory=list)


class RosterScope(BaseModel):
    base: str | None = None
    fleet: str | None = None
    can_publish: bool = False
