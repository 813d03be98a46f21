"""Pydantic request/response models for the live service."""
from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, HttpUrl


class Provider(str, Enum):
    LIVELOX = "livelox"
    GPSSEURANTA = "gpsseuranta"
    TRACTRAC = "tractrac"


class EntryCreate(BaseModel):
    course_id: int
    runner_name: str = Field(min_length=1, max_length=120)
    category: str = Field(min_length=1)
    si_card: str | None = Field(default=None, pattern=r"^\d{4,9}$")
    club_code: str | None = Field(default=None, max_length=16)


class EntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    event_id: int
    course_id: int
    runner_name: str
    category: str
    confirmation_code: str
    paid: bool


class TrackerConfig(BaseModel):
    provider: str = "custom"
    callback_url: str
    poll_seconds: int = Field(default=15, ge=5, le=300)


class TrackerPosition(BaseModel):
    device: str
    lat: float
    lon: float
    at: datetime


class PunchIn(BaseModel):
    si_card: str = Field(pattern=r"^\d{4,9}$")
    control_code: int = Field(ge=31, le=999)
    punched_at: datetime


class PunchAck(BaseModel):
    accepted: int
    device_id: str


class ResultRow(BaseModel):
    position: int | None
    runner_name: str
    club_code: str | None
    time_seconds: int | None
    score: float | None
    status: str


class TrackSummary(BaseModel):
    course_id: int
    points: int
    started: datetime | None
    finished: datetime | None
    reference: HttpUrl | None = None
