"""SQLAlchemy models for the operations database."""
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Turbine(Base):
    __tablename__ = "turbines"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    site: Mapped[str] = mapped_column(String(8), index=True)
    model: Mapped[str] = mapped_column(String(64))
    controller_model: Mapped[str] = mapped_column(String(16))
    rated_kw: Mapped[int]
    rotor_diameter_m: Mapped[float]
    status: Mapped[str] = mapped_column(String(16), default="operating")
    commissioned_on: Mapped[date] = mapped_column(Date)


class WorkOrder(Base):
    __tablename__ = "work_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    turbine_id: Mapped[int] = mapped_column(ForeignKey("turbines.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="open")
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Technician(Base):
    __tablename__ = "technicians"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="technician")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(200))
    reset_code: Mapped[str | None] = mapped_column(String(12))
    reset_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
