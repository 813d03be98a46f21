"""SQLAlchemy ORM mappings for pairings."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Pairing(Base):
    __tablename__ = "pairing"

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_code: Mapped[str] = mapped_column(String(10), unique=True)
    carrier: Mapped[str] = mapped_column(String(3))
    home_base: Mapped[str] = mapped_column(String(3))
    aircraft_type: Mapped[str] = mapped_column(String(8))
    report_time: Mapped[datetime]
    release_time: Mapped[datetime]
    sectors: Mapped[int]
    block_minutes: Mapped[int]
    rest_before_minutes: Mapped[int] = mapped_column(default=720)
    starts_at_home_base: Mapped[bool] = mapped_column(default=True)

    def to_dict(self) -> dict:
        data = {c: getattr(self, c) for c in ("pairing_code", "carrier", "home_base", "aircraft_type", "sectors")}
        data.update(report_time=self.report_time.isoformat(), release_time=self.release_time.isoformat())
        return {**data, "block_hours": round(self.block_minutes / 60, 2)}


class PairingNote(Base):
    __tablename__ = "pairing_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id"))
    author_id: Mapped[int]
    author_name: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="OPEN")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
