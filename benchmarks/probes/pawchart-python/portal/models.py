"""Portal data model (separate database from the clinic API)."""
from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, create_engine, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, scoped_session, sessionmaker

db_session = scoped_session(sessionmaker(autoflush=False, expire_on_commit=False))


def init_db(url: str) -> None:
    engine = create_engine(url, pool_pre_ping=True)
    db_session.configure(bind=engine)


class Base(DeclarativeBase):
    pass


class ReferringVet(UserMixin, Base):
    __tablename__ = "referring_vets"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    practice_name: Mapped[str] = mapped_column(String(200))
    rcvs_number: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16), default="referrer")  # referrer | centre
    password_hash: Mapped[str] = mapped_column(String(256))
    password_scheme: Mapped[str] = mapped_column(String(16), default="pbkdf2")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    @property
    def is_active(self) -> bool:  # used by Flask-Login
        return self.active

    @property
    def is_centre_staff(self) -> bool:
        return self.role == "centre"


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    referring_vet_id: Mapped[int] = mapped_column(ForeignKey("referring_vets.id"), index=True)
    pet_name: Mapped[str] = mapped_column(String(100))
    species: Mapped[str] = mapped_column(String(32))
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_phone: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(500))
    clinical_notes: Mapped[str | None] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(16), default="routine")
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    external_record_url: Mapped[str | None] = mapped_column(String(2048))
    external_record_summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    referring_vet: Mapped[ReferringVet] = relationship()
    documents: Mapped[list["ReferralDocument"]] = relationship(back_populates="referral")


class ReferralDocument(Base):
    __tablename__ = "referral_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    referral: Mapped[Referral] = relationship(back_populates="documents")


class PasswordReset(Base):
    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(primary_key=True)
    vet_id: Mapped[int] = mapped_column(ForeignKey("referring_vets.id"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used: Mapped[bool] = mapped_column(Boolean, default=False)
