"""ORM models shared by the Flask app, Celery workers and the FastAPI live service."""
from __future__ import annotations

import enum
from datetime import date, datetime, timezone

from flask_login import UserMixin
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import Base


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class EventStatus(str, enum.Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CLOSED = "closed"
    ARCHIVED = "archived"


class CourseType(str, enum.Enum):
    LINEAR = "linear"
    SCORE = "score"
    RELAY = "relay"


class Club(Base):
    __tablename__ = "clubs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    website: Mapped[str | None] = mapped_column(String(255))
    logo_filename: Mapped[str | None] = mapped_column(String(255))
    confirmation_template: Mapped[str | None] = mapped_column(Text)
    contact_email: Mapped[str | None] = mapped_column(String(255))

    members: Mapped[list["Membership"]] = relationship(back_populates="club")
    webhooks: Mapped[list["Webhook"]] = relationship(back_populates="club")


class User(UserMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(255))
    bio: Mapped[str | None] = mapped_column(Text)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    memberships: Mapped[list["Membership"]] = relationship(back_populates="user")

    def is_officer_of(self, club_id: int) -> bool:
        return self.is_admin or any(
            m.club_id == club_id and m.role in ("secretary", "chair", "organiser")
            for m in self.memberships
        )


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("club_id", "user_id", "season"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    federation_id: Mapped[str | None] = mapped_column(String(32), index=True)
    season: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32), default="member")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)

    club: Mapped[Club] = relationship(back_populates="members")
    user: Mapped[User] = relationship(back_populates="memberships")


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"))
    name: Mapped[str] = mapped_column(String(200))
    event_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200))
    description_html: Mapped[str | None] = mapped_column(Text)
    status: Mapped[EventStatus] = mapped_column(Enum(EventStatus), default=EventStatus.DRAFT)
    entry_limit: Mapped[int | None] = mapped_column(Integer)
    external_ref: Mapped[str | None] = mapped_column(String(64))
    start_list_pdf: Mapped[str | None] = mapped_column(String(255))

    club: Mapped[Club] = relationship()
    courses: Mapped[list["Course"]] = relationship(back_populates="event", order_by="Course.name")


class Course(Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    name: Mapped[str] = mapped_column(String(80))
    course_type: Mapped[CourseType] = mapped_column(Enum(CourseType), default=CourseType.LINEAR)
    length_m: Mapped[int | None] = mapped_column(Integer)
    climb_m: Mapped[int | None] = mapped_column(Integer)
    time_limit_min: Mapped[int | None] = mapped_column(Integer)
    scoring_formula: Mapped[str | None] = mapped_column(String(255))
    map_filename: Mapped[str | None] = mapped_column(String(255))

    event: Mapped[Event] = relationship(back_populates="courses")
    controls: Mapped[list["Control"]] = relationship(back_populates="course", order_by="Control.seq")


class Control(Base):
    __tablename__ = "controls"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer, default=0)
    lat: Mapped[float | None]
    lon: Mapped[float | None]

    course: Mapped[Course] = relationship(back_populates="controls")


class Entry(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    runner_name: Mapped[str] = mapped_column(String(120))
    club_code: Mapped[str | None] = mapped_column(String(16))
    si_card: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16))
    confirmation_code: Mapped[str] = mapped_column(String(32), unique=True)
    return_url: Mapped[str | None] = mapped_column(String(500))
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    start_time: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    event: Mapped[Event] = relationship()
    course: Mapped[Course] = relationship()


class ResultUpload(Base):
    __tablename__ = "result_uploads"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(255))
    checksum: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Result(Base):
    __tablename__ = "results"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    upload_id: Mapped[int | None] = mapped_column(ForeignKey("result_uploads.id"))
    person_ref: Mapped[str | None] = mapped_column(String(32))
    runner_name: Mapped[str] = mapped_column(String(120))
    club_code: Mapped[str | None] = mapped_column(String(16), index=True)
    time_seconds: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float | None]
    position: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(24), default="OK")


class Webhook(Base):
    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"))
    url: Mapped[str] = mapped_column(String(500))
    signing_secret: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_status: Mapped[int | None] = mapped_column(Integer)

    club: Mapped[Club] = relationship(back_populates="webhooks")


class PasswordReset(Base):
    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used: Mapped[bool] = mapped_column(Boolean, default=False)
