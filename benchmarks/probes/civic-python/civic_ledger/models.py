"""ORM models for permits, inspections and staff accounts."""
import enum
from datetime import datetime

from sqlalchemy import Column, DateTime, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import relationship

from .db import Base


class PermitCategory(str, enum.Enum):
    RESIDENTIAL = "residential"
    COMMERCIAL = "commercial"
    DEMOLITION = "demolition"
    SIGNAGE = "signage"


class PermitStatus(str, enum.Enum):
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Permit(Base):
    __tablename__ = "permits"

    id = Column(Integer, primary_key=True)
    reference = Column(String(32), unique=True, nullable=False)
    applicant_name = Column(String(120), nullable=False)
    site_address = Column(String(255), nullable=False)
    district = Column(Integer, nullable=False)
    category = Column(Enum(PermitCategory), nullable=False)
    status = Column(Enum(PermitStatus), default=PermitStatus.SUBMITTED)
    notes = Column(Text, default="")
    submitted_at = Column(DateTime, default=datetime.utcnow)

    inspections = relationship("Inspection", back_populates="permit")


class Inspection(Base):
    __tablename__ = "inspections"

    id = Column(Integer, primary_key=True)
    permit_id = Column(Integer, ForeignKey("permits.id"), nullable=False)
    inspector = Column(String(64), nullable=False)
    scheduled_for = Column(DateTime, nullable=False)
    outcome = Column(String(32), default="pending")
    access_code = Column(String(16))

    permit = relationship("Permit", back_populates="inspections")


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    email = Column(String(255), nullable=False)
    password_hash = Column(String(255), nullable=False)
    password_salt = Column(String(64), nullable=False)
    reset_token = Column(String(64))
