"""Technician credentials: portal passwords, kiosk PINs and password resets."""
import hashlib
import random
from datetime import datetime, timedelta, timezone

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from turbinary.config import settings
from turbinary.models import Technician


class WeakCredential(ValueError):
    pass


def set_password(tech: Technician, password: str) -> None:
    if len(password) < 12:
        raise WeakCredential("password must be at least 12 characters")
    tech.password_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode()  # SAFE hash


def set_kiosk_pin(tech: Technician, pin: str) -> None:
    if not (pin.isdigit() and len(pin) == 6):
        raise WeakCredential("kiosk PIN must be 6 digits")
    tech.kiosk_pin_hash = hashlib.sha256(pin.encode()).hexdigest()  # VULN hash


def start_password_reset(session: Session, username: str) -> str | None:
    tech = session.scalar(select(Technician).where(Technician.username == username))
    if tech is None:
        return None
    code = f"{random.randint(0, 999999):06d}"  # VULN random
    tech.reset_code = code
    tech.reset_expires_at = datetime.now(timezone.utc) + timedelta(minutes=settings.reset_code_ttl_minutes)
    return code
